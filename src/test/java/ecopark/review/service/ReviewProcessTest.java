package ecopark.review.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ecopark.ApplicationTest;
import ecopark.base.domain.BusinessRuleException;
import ecopark.report.domain.AnnualReport;
import ecopark.report.domain.NarrativeSection;
import ecopark.report.domain.ReportStatus;
import ecopark.report.service.ReportDraft;
import ecopark.report.service.ReportService;
import ecopark.report.service.ReportWorkflow;
import ecopark.review.domain.ReviewStage;
import ecopark.security.SignedInUser;
import ecopark.security.SystemActor;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.flowable.engine.HistoryService;
import org.flowable.engine.history.HistoricActivityInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The review process path by path, through the application's services, asserting on our tables and on history. */
@ApplicationTest
class ReviewProcessTest {

    private static final AtomicInteger YEARS = new AtomicInteger(2101);

    @Autowired ReportService reports;
    @Autowired ReportWorkflow workflow;
    @Autowired ReviewService review;
    @Autowired UserDetailsService accounts;
    @Autowired HistoryService history;

    @Autowired ecopark.ActingUsers acting;

    @Autowired ecopark.ReportFixtures fixtures;

    /** A complete draft of Changchun for a year of its own, so tests do not meet each other's reports. */
    private long completeDraft() {
        return fixtures.completeReport(YEARS.getAndIncrement());
    }

    private String processOf(long reportId) {
        return history.createHistoricProcessInstanceQuery().processInstanceBusinessKey("report:" + reportId)
                .singleResult().getId();
    }

    private ReportStatus status(long reportId) {
        return SystemActor.call(() -> reports.get(reportId).getStatus());
    }

    private String taskOf(String reviewer, long reportId, ReviewStage stage) {
        return acting.as(reviewer, () -> review.inbox(stage, false, PageRequest.of(0, 100)).stream()
                .filter(t -> t.reportId() == reportId).findFirst().orElseThrow().taskId());
    }

    @Test
    void approved_twice_by_two_reviewers_the_report_is_published() {
        long report = completeDraft();
        acting.as("cc_staff", () -> workflow.submit(report));
        assertThat(status(report)).isEqualTo(ReportStatus.SUBMITTED);

        String preliminary = taskOf("cc_reviewer1", report, ReviewStage.PRELIMINARY);
        acting.as("cc_reviewer1", () -> review.claim(preliminary));
        assertThat(status(report)).isEqualTo(ReportStatus.IN_REVIEW);
        acting.as("cc_reviewer1", () -> review.approve(preliminary, "材料齐全"));

        String finalTask = taskOf("cc_reviewer2", report, ReviewStage.FINAL);
        acting.as("cc_reviewer2", () -> review.claim(finalTask));
        acting.as("cc_reviewer2", () -> review.approve(finalTask, null));

        assertThat(status(report)).isEqualTo(ReportStatus.PUBLISHED);
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(processOf(report))
                .activityId("published").list()).hasSize(1);
    }

    @Test
    void the_same_reviewer_cannot_sign_off_what_they_approved_first() {
        long report = completeDraft();
        acting.as("cc_staff", () -> workflow.submit(report));
        String preliminary = taskOf("cc_reviewer1", report, ReviewStage.PRELIMINARY);
        acting.as("cc_reviewer1", () -> review.claim(preliminary));
        acting.as("cc_reviewer1", () -> review.approve(preliminary, null));

        String finalTask = taskOf("cc_reviewer1", report, ReviewStage.FINAL);
        assertThatThrownBy(() -> acting.as("cc_reviewer1", () -> review.claim(finalTask)))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("review.error.fourEyes");
        assertThat(status(report)).isEqualTo(ReportStatus.IN_REVIEW);
    }

    @Test
    void returned_at_preliminary_review_the_park_revises_and_the_same_process_continues() {
        long report = completeDraft();
        acting.as("cc_staff", () -> workflow.submit(report));
        String preliminary = taskOf("cc_reviewer1", report, ReviewStage.PRELIMINARY);
        acting.as("cc_reviewer1", () -> review.claim(preliminary));

        assertThatThrownBy(() -> acting.as("cc_reviewer1", () -> review.returnToPark(preliminary, " ")))
                .hasMessageContaining("review.error.commentRequired");
        acting.as("cc_reviewer1", () -> review.returnToPark(preliminary, "请补充第二部分主要成果的数据来源"));
        assertThat(status(report)).isEqualTo(ReportStatus.RETURNED);
        assertThat(acting.as("cc_staff", () -> review.comments(report))).extracting(ecopark.report.service.ReviewFeedback.Item::body)
                .containsExactly("请补充第二部分主要成果的数据来源");

        acting.as("cc_staff", () -> workflow.submit(report));

        String again = taskOf("cc_reviewer2", report, ReviewStage.PRELIMINARY);
        assertThat(acting.as("cc_reviewer2", () -> review.task(again)).revision().number()).isEqualTo(2);
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey("report:" + report).count())
                .isEqualTo(1);
    }

    @Test
    void returned_at_final_sign_off_the_report_goes_back_to_the_park() {
        long report = completeDraft();
        acting.as("cc_staff", () -> workflow.submit(report));
        String preliminary = taskOf("cc_reviewer1", report, ReviewStage.PRELIMINARY);
        acting.as("cc_reviewer1", () -> review.claim(preliminary));
        acting.as("cc_reviewer1", () -> review.approve(preliminary, null));
        String finalTask = taskOf("cc_reviewer2", report, ReviewStage.FINAL);
        acting.as("cc_reviewer2", () -> review.claim(finalTask));

        acting.as("cc_reviewer2", () -> review.returnToPark(finalTask, "指标表与上年选择不一致"));

        assertThat(status(report)).isEqualTo(ReportStatus.RETURNED);
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(processOf(report))
                .activityId("returnStage").list()).extracting(HistoricActivityInstance::getActivityId)
                .containsExactly("returnStage");
    }

    @Test
    void staff_withdraw_an_unclaimed_submission_but_not_a_claimed_one() {
        long report = completeDraft();
        acting.as("cc_staff", () -> workflow.submit(report));
        acting.as("cc_staff", () -> workflow.withdraw(report));
        assertThat(status(report)).isEqualTo(ReportStatus.DRAFT);

        acting.as("cc_staff", () -> workflow.submit(report));
        String preliminary = taskOf("cc_reviewer1", report, ReviewStage.PRELIMINARY);
        acting.as("cc_reviewer1", () -> review.claim(preliminary));

        assertThatThrownBy(() -> acting.as("cc_staff", () -> workflow.withdraw(report)))
                .isInstanceOf(BusinessRuleException.class);
        assertThat(status(report)).isEqualTo(ReportStatus.IN_REVIEW);
    }

    @Test
    void another_bureau_never_sees_the_task_and_a_taken_task_cannot_be_taken_twice() {
        long report = completeDraft();
        acting.as("cc_staff", () -> workflow.submit(report));

        assertThat(acting.as("tj_reviewer", () -> review.inbox(null, false, PageRequest.of(0, 100)).stream()
                .noneMatch(t -> t.reportId() == report))).isTrue();

        String preliminary = taskOf("cc_reviewer1", report, ReviewStage.PRELIMINARY);
        acting.as("cc_reviewer1", () -> review.claim(preliminary));
        assertThatThrownBy(() -> acting.as("cc_reviewer2", () -> review.claim(preliminary)))
                .hasMessageContaining("review.error.claimedByOther");
        assertThatThrownBy(() -> acting.as("tj_reviewer", () -> review.claim(preliminary)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void an_incomplete_report_cannot_be_submitted() {
        int year = YEARS.getAndIncrement();
        long report = acting.as("cc_staff", () -> {
            SignedInUser staff = (SignedInUser) accounts.loadUserByUsername("cc_staff");
            return reports.create(staff.parkId(), year).getId();
        });

        assertThat(acting.as("cc_staff", () -> workflow.submissionProblems(report)))
                .extracting(ecopark.report.service.SubmissionProblem::messageKey)
                .contains("report.check.narrativeMissing").hasSizeGreaterThan(5);
        assertThatThrownBy(() -> acting.as("cc_staff", () -> workflow.submit(report)))
                .hasMessageContaining("report.error.notSubmittable");
        assertThat(status(report)).isEqualTo(ReportStatus.DRAFT);
    }
}
