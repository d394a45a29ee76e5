package ecopark.faults;

import ecopark.ActingUsers;
import ecopark.Application;
import ecopark.ReportFixtures;
import ecopark.TestClock;
import ecopark.report.service.ReportWorkflow;
import ecopark.review.domain.ReviewStage;
import ecopark.review.service.ReviewService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.data.domain.PageRequest;

/**
 * The review's steps for a report, one committed transaction each, and the application they run in: a whole
 * application (demo data, Flowable's job executor on, a web server on a free port) on an H2 file database. Its main method
 * is the process that {@link KilledBetweenStepsIT} kills: it runs the steps for a series of reports and prints
 * {@code STEP <year> <n>} after step n of that year's report has returned (so has committed).
 */
public final class ReviewSteps {

    /** The steps in order; a report's state is the number of steps done. */
    public static final List<String> STEPS = List.of("created", "submitted", "preliminaryClaimed",
            "preliminaryApproved", "finalClaimed");

    private static final String SHIPPED_FILE = "jdbc:h2:file:./data/ecopark";

    private ReviewSteps() {
    }

    /**
     * Command-line arguments, not the builder's default properties: those rank below application.properties, which
     * would put both JVMs on ./data/ecopark and port 8080.
     */
    public static ConfigurableApplicationContext start(String databaseFile) {
        return new SpringApplicationBuilder(Application.class, TestClock.Config.class)
                .web(WebApplicationType.SERVLET)
                .run("--spring.datasource.url=" + shippedUrlOn(databaseFile),
                        "--ecopark.demo-data=true", "--ecopark.demo.publish-seed-form=false",
                        "--ecopark.demo.province-routes=false",
                        "--flowable.async-executor-activate=true", "--logging.level.root=warn",
                        "--spring.main.banner-mode=off", "--server.port=0", "--vaadin.devmode.devTools.enabled=false",
                        // Its own search index in memory: the killed worker and the restarted application must not
                        // share ./data/search-index (nor the other applications this test JVM starts).
                        "--spring.jpa.properties.hibernate.search.backend.directory.type=local-heap");
    }

    /**
     * The application's own default H2 URL with only the file moved, so that the test checks the settings that ship
     * (how H2 writes commits to the file is one of them).
     */
    static String shippedUrlOn(String databaseFile) {
        try {
            String url = PropertiesLoaderUtils.loadProperties(new ClassPathResource("application.properties"))
                    .getProperty("spring.datasource.url");
            if (!url.startsWith(SHIPPED_FILE)) {
                throw new IllegalStateException("The default database is no longer " + SHIPPED_FILE + ": " + url);
            }
            return "jdbc:h2:file:" + databaseFile + url.substring(SHIPPED_FILE.length());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs step {@code n} (1-based; 1 creates the complete draft) of the report of {@code year}. */
    public static void step(ConfigurableApplicationContext app, int year, int n, long[] reportIds) {
        ActingUsers acting = app.getBean(ActingUsers.class);
        ReviewService review = app.getBean(ReviewService.class);
        int index = year % 100;
        switch (STEPS.get(n - 1)) {
            case "created" -> reportIds[index] = app.getBean(ReportFixtures.class).completeReport(year);
            case "submitted" -> acting.as("cc_staff", () -> app.getBean(ReportWorkflow.class).submit(reportIds[index]));
            case "preliminaryClaimed" -> acting.as("cc_reviewer1", () -> review.claim(
                    task(app, "cc_reviewer1", reportIds[index], ReviewStage.PRELIMINARY)));
            case "preliminaryApproved" -> acting.as("cc_reviewer1", () -> review.approve(
                    task(app, "cc_reviewer1", reportIds[index], ReviewStage.PRELIMINARY), "材料齐全"));
            case "finalClaimed" -> acting.as("cc_reviewer2", () -> review.claim(
                    task(app, "cc_reviewer2", reportIds[index], ReviewStage.FINAL)));
            default -> throw new IllegalArgumentException(STEPS.get(n - 1));
        }
    }

    public static String task(ConfigurableApplicationContext app, String reviewer, long reportId, ReviewStage stage) {
        return app.getBean(ActingUsers.class).as(reviewer, () -> app.getBean(ReviewService.class)
                .inbox(stage, false, PageRequest.of(0, 200)).stream().filter(t -> t.reportId() == reportId)
                .findFirst().orElseThrow().taskId());
    }

    /**
     * Arguments: the database file, the first year, how many reports. The steps go round the reports (each report
     * one step further per round), so at any moment the reports stand at different steps.
     */
    public static void main(String[] args) {
        ConfigurableApplicationContext app = start(args[0]);
        int first = Integer.parseInt(args[1]);
        int count = Integer.parseInt(args[2]);
        long[] reportIds = new long[100];
        System.out.println("STARTED");
        System.out.flush();
        for (int n = 1; n <= STEPS.size(); n++) {
            for (int year = first; year < first + count; year++) {
                step(app, year, n, reportIds);
                System.out.println("STEP " + year + " " + n + " " + reportIds[year % 100]);
                System.out.flush();
            }
        }
        System.out.println("DONE");
        System.out.flush();
    }
}
