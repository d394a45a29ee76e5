package ecopark.demo;

import ecopark.base.domain.BusinessRuleException;
import ecopark.report.domain.ReportStatus;
import ecopark.report.service.ReportListItem;
import ecopark.report.service.ReportWorkflow;
import ecopark.review.service.ReviewService;
import ecopark.security.SignedInUser;
import ecopark.security.SystemActor;
import java.util.List;
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
 * submits the report and it walks Jilin's route — 李明 of 长春市生态环境局 passes the city's 预审, 何平 of
 * 吉林省生态环境厅 the province's 初审 and 郭芳 signs it off (复核) — and the review process publishes it: the same
 * path a real report takes. Each stage is taken by the first demo reviewer whose inbox has it and who may take it, so
 * the same code walks whatever route Jilin has (without the city stage, or with {@code ecopark.demo.city-pre-review}
 * off). Off in tests ({@code ecopark.demo.publish-seed-form=false}), where other features' tests edit the 2019 draft.
 */
@Component
@ConditionalOnProperty(name = {"ecopark.demo-data", "ecopark.demo.publish-seed-form"}, havingValue = "true")
class PublicationDemoData {

    static final int YEAR = 2019;
    /** The demo's reviewers of Changchun's city bureau and of Jilin's department, in the order they are asked. */
    private static final List<String> REVIEWERS = List.of("cc_reviewer1", "cc_reviewer2", "jl_reviewer1",
            "jl_reviewer2");

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
        // A route has at most three stages; each round one of them is approved.
        for (int stage = 0; stage < 3 && status(reportId) != ReportStatus.PUBLISHED; stage++) {
            if (REVIEWERS.stream().noneMatch(reviewer -> approved(reviewer, reportId))) {
                throw new IllegalStateException("No demo reviewer can take the next review stage of report " + reportId);
            }
        }
        log.info("Demo publication: the Changchun 2019 disclosure form is public");
    }

    /**
     * Approves the report's open review task if it is at the reviewer's stage (a report has one task at a time) and
     * the reviewer may take it (not the 初审 approver at 复核); false when it is not theirs to take.
     */
    private boolean approved(String username, long reportId) {
        SignedInUser reviewer;
        try {
            reviewer = account(username);
        } catch (UsernameNotFoundException e) {
            return false;
        }
        return SystemActor.callAs(reviewer, () -> {
            Optional<String> task = review.inbox(null, false, PageRequest.of(0, 50)).stream()
                    .filter(t -> t.reportId() == reportId).findFirst().map(t -> t.taskId());
            if (task.isEmpty()) {
                return false;
            }
            try {
                review.claim(task.get());
            } catch (BusinessRuleException notTheirs) {
                return false;
            }
            review.approve(task.get(), null);
            return true;
        });
    }

    private ReportStatus status(long reportId) {
        return SystemActor.call(() -> reports.get(reportId).getStatus());
    }

    private SignedInUser account(String username) {
        return (SignedInUser) accounts.loadUserByUsername(username);
    }
}
