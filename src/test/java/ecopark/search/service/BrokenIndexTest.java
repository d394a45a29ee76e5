package ecopark.search.service;

import static org.assertj.core.api.Assertions.assertThat;

import ecopark.ApplicationTest;
import ecopark.ReportFixtures;
import ecopark.publication.PublicationFixtures;
import ecopark.publication.domain.Publication;
import ecopark.report.domain.AnnualReport;
import ecopark.report.domain.NarrativeSection;
import ecopark.report.service.ReportDraft;
import ecopark.report.service.ReportService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The index as production writes it (on disk, in the background after commit) breaks while a reviewer approves: the
 * approval and the publication stand, the reviewer sees no error, the failure is recorded for the administrator, and
 * the catch-up indexes the form once the index can be written again. Report year 4311.
 */
@ApplicationTest
class BrokenIndexTest {

    private static final Path INDEX = createTempDirectory();

    @DynamicPropertySource
    static void productionIndexing(DynamicPropertyRegistry registry) {
        registry.add("spring.jpa.properties.hibernate.search.backend.directory.type", () -> "local-filesystem");
        registry.add("spring.jpa.properties.hibernate.search.backend.directory.root", INDEX::toString);
        registry.add("spring.jpa.properties.hibernate.search.indexing.plan.synchronization.strategy", () -> "async");
    }

    @Autowired FormSearch search;
    @Autowired FormIndexKeeper keeper;
    @Autowired IndexFailures failures;
    @Autowired SearchIndexAdmin admin;
    @Autowired ReportFixtures reports;
    @Autowired PublicationFixtures publications;
    @Autowired ReportService reportService;

    @Test
    void an_index_that_cannot_be_written_does_not_undo_or_fail_the_approval_and_the_catch_up_repairs_it()
            throws IOException {
        keeper.catchUp(); // waits for the build at start-up
        long report = reports.completeReport(4311);
        publications.as("cc_staff", () -> reportService.saveDraft(report, ReportDraft.of(reportService.get(report))
                .withNarratives(Map.of(NarrativeSection.MAIN_WORK, "园区建成雨水花园示范区。"))));
        long failedBefore = failures.count();
        deleteRecursively(INDEX);

        publications.submitAndApprove(report); // the 复核 reviewer's approval: no exception

        Publication published = publications.currentPublicationOf(report);
        assertThat(published.getYear()).isEqualTo(4311);
        waitFor(() -> failures.count() > failedBefore);
        assertThat(publications.as("admin", () -> admin.lastFailure())).get()
                .satisfies(f -> assertThat(f.cause()).isNotBlank());
        assertThat(found()).isZero();

        Files.createDirectories(INDEX);
        waitFor(() -> {
            keeper.catchUp();
            return found() == 1;
        });
    }

    private long found() {
        return search.search(new FormQuery("雨水花园", 4311, null, null, null, null, null, null, null),
                PageRequest.of(0, 10)).getTotalElements();
    }

    private static void waitFor(BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("waited 20 s").isBefore(deadline);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    @AfterAll
    static void removeIndex() throws IOException {
        deleteRecursively(INDEX);
    }

    private static Path createTempDirectory() {
        try {
            return Files.createTempDirectory("ecopark-broken-index");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
