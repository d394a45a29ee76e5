package ecopark.demo;

import ecopark.report.domain.ReportStatus;
import ecopark.report.service.ReportListItem;
import ecopark.report.service.ReportWorkflow;
import ecopark.review.service.ReviewService;
import ecopark.security.SignedInUser;
import ecopark.security.SystemActor;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * The seed's 2019 Changchun form is public, as it is in reality: once sections 一–三 are loaded, the demo staff member
 * submits the report, 李明 approves the preliminary review, 赵静 signs it off and the review process publishes it — the
 * same path a real report takes. Off in tests ({@code ecopark.demo.publish-seed-form=false}), where other features'
 * tests edit the 2019 draft.
 */
@Component
@ConditionalOnProperty(name = {"ecopark.demo-data", "ecopark.demo.publish-seed-form"}, havingValue = "true")
class PublicationDemoData {

    static final int YEAR = 2019;

    private static final Logger log = LoggerFactory.getLogger(PublicationDemoData.class);

    private final ecopark.report.service.ReportService reports;
    private final ReportWorkflow workflow;
    private final ReviewService review;
    private final UserDetailsService accounts;

    PublicationDemoData(ecopark.report.service.ReportService reports, ReportWorkflow workflow, ReviewService review,
            UserDetailsService accounts) {
        this.reports = reports;
        this.workflow = workflow;
        this.review = review;
        this.accounts = accounts;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(30)
    public void publishOnFirstStart() {
        SignedInUser staff;
        try {
            staff = account("cc_staff");
        } catch (UsernameNotFoundException e) {
            return;
        }
        Optional<ReportListItem> report = SystemActor.callAs(staff, () -> reports.findVisible(Pageable.unpaged())
                .stream().filter(r -> r.year() == YEAR).findFirst());
        // Only a demo report that was never submitted: a later start must not touch what users did with it.
        if (report.isEmpty() || report.get().status() != ReportStatus.DRAFT
                || !SystemActor.callAs(staff, () -> workflow.revisions(report.get().id()).isEmpty())) {
            return;
        }
        long reportId = report.get().id();
        SystemActor.callAs(staff, () -> workflow.submit(reportId));
        approve("cc_reviewer1", reportId);
        approve("cc_reviewer2", reportId);
        log.info("Demo publication: the Changchun 2019 disclosure form is public");
    }

    /** Approves the report's open review task (preliminary, then final: a report has one task at a time). */
    private void approve(String username, long reportId) {
        SystemActor.callAs(account(username), () -> {
            String task = review.inbox(null, false, PageRequest.of(0, 50)).stream()
                    .filter(t -> t.reportId() == reportId).findFirst().orElseThrow().taskId();
            review.claim(task);
            review.approve(task, null);
            return null;
        });
    }

    private SignedInUser account(String username) {
        return (SignedInUser) accounts.loadUserByUsername(username);
    }
}
