package ecopark.publication;

import ecopark.ReportFixtures;
import ecopark.publication.domain.Publication;
import ecopark.publication.domain.PublicationRepository;
import ecopark.report.service.ReportWorkflow;
import ecopark.review.domain.ReviewStage;
import ecopark.review.service.ReviewService;
import ecopark.security.SignedInUser;
import ecopark.security.SystemActor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Published Changchun forms for tests, made the way the product makes them: staff submit, one reviewer approves the
 * preliminary review, another signs off, and the process publishes. Each call uses a year of its own.
 */
@Component
public class PublicationFixtures {

    /** Years from 2701 on belong to the publication tests. */
    private static final AtomicInteger YEARS = new AtomicInteger(2701);

    private final ReportFixtures reports;
    private final ReportWorkflow workflow;
    private final ReviewService review;
    private final UserDetailsService accounts;
    private final PublicationRepository publications;

    PublicationFixtures(ReportFixtures reports, ReportWorkflow workflow, ReviewService review,
            UserDetailsService accounts, PublicationRepository publications) {
        this.reports = reports;
        this.workflow = workflow;
        this.review = review;
        this.accounts = accounts;
        this.publications = publications;
    }

    public int nextYear() {
        return YEARS.getAndIncrement();
    }

    /** A complete report of a new year, submitted, approved twice and published; returns the report id. */
    public long publishedReport() {
        long report = reports.completeReport(nextYear());
        submitAndApprove(report);
        return report;
    }

    /** Submits the report as staff and takes it through both reviews; the process publishes it. */
    public void submitAndApprove(long reportId) {
        as("cc_staff", () -> workflow.submit(reportId));
        approve("cc_reviewer1", reportId, ReviewStage.PRELIMINARY);
        approve("cc_reviewer2", reportId, ReviewStage.FINAL);
    }

    public Publication currentPublicationOf(long reportId) {
        return publications.findByReportIdAndSupersededByIsNull(reportId).orElseThrow();
    }

    private void approve(String reviewer, long reportId, ReviewStage stage) {
        String task = as(reviewer, () -> review.inbox(stage, false, PageRequest.of(0, 200)).stream()
                .filter(t -> t.reportId() == reportId).findFirst().orElseThrow().taskId());
        as(reviewer, () -> {
            review.claim(task);
            review.approve(task, null);
            return null;
        });
    }

    public <T> T as(String username, Supplier<T> work) {
        return SystemActor.callAs((SignedInUser) accounts.loadUserByUsername(username), work);
    }
}
