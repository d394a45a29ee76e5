package ecopark.review.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ecopark.ActingUsers;
import ecopark.ApplicationTest;
import ecopark.ReportFixtures;
import ecopark.base.domain.BusinessRuleException;
import ecopark.base.i18n.TranslationProvider;
import ecopark.report.domain.ReportStatus;
import ecopark.report.service.ReportService;
import ecopark.report.service.ReportWorkflow;
import ecopark.report.service.ReviewFeedback;
import ecopark.review.domain.ReviewComment;
import ecopark.review.domain.ReviewStage;
import ecopark.security.SystemActor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * Review comments reach the park as the reviewer typed them or not at all: invisible and direction-changing characters
 * are refused with the character named, an over-long comment with the limit and its length; nothing is saved or
 * decided then.
 */
@ApplicationTest
class ReviewCommentTextTest {

    @Autowired ReportFixtures fixtures;
    @Autowired ReportWorkflow workflow;
    @Autowired ReportService reports;
    @Autowired ReviewService review;
    @Autowired ActingUsers acting;

    private String claimedPreliminaryTask(int year) {
        long report = fixtures.completeReport(year);
        acting.as("cc_staff", () -> workflow.submit(report));
        String task = acting.as("cc_reviewer1", () -> review.inbox(ReviewStage.PRELIMINARY, false,
                PageRequest.of(0, 100)).stream().filter(t -> t.reportId() == report).findFirst().orElseThrow()
                .taskId());
        acting.as("cc_reviewer1", () -> review.claim(task));
        return task;
    }

    private long reportOf(String task) {
        return acting.as("cc_reviewer1", () -> review.task(task)).revision().reportId();
    }

    private static String english(BusinessRuleException e) {
        return TranslationProvider.translate(TranslationProvider.ENGLISH, e.messageKey(), e.args());
    }

    @Test
    void a_comment_with_a_right_to_left_override_is_refused_naming_the_character() {
        String task = claimedPreliminaryTask(3275);

        BusinessRuleException e = catchThrowableOfType(BusinessRuleException.class,
                () -> acting.as("cc_reviewer1", () -> review.comment(task, "GENERAL", "数据来源\u202E请补充")));

        assertThat(e.messageKey()).isEqualTo("text.error.control");
        assertThat(english(e)).contains("U+202E");
        assertThat(acting.as("cc_staff", () -> review.comments(reportOf(task)))).isEmpty();
    }

    @Test
    void returning_with_a_zero_width_space_in_the_comment_is_refused_and_the_report_stays_in_review() {
        String task = claimedPreliminaryTask(3276);
        long report = reportOf(task);

        BusinessRuleException e = catchThrowableOfType(BusinessRuleException.class,
                () -> acting.as("cc_reviewer1", () -> review.returnToPark(task, "请补充\u200B主要成果")));

        assertThat(english(e)).contains("U+200B");
        assertThat(acting.as("cc_staff", () -> review.comments(report))).isEmpty();
        assertThat(SystemActor.call(() -> reports.get(report).getStatus())).isEqualTo(ReportStatus.IN_REVIEW);
    }

    @Test
    void an_over_long_comment_is_refused_with_the_limit_and_its_length() {
        String task = claimedPreliminaryTask(3277);
        String typed = "意".repeat(ReviewComment.BODY_MAX_LENGTH + 1);

        BusinessRuleException e = catchThrowableOfType(BusinessRuleException.class,
                () -> acting.as("cc_reviewer1", () -> review.comment(task, "GENERAL", typed)));

        assertThat(e.messageKey()).isEqualTo("text.error.tooLong");
        assertThat(english(e)).contains("5000").contains("5001");
        assertThat(acting.as("cc_staff", () -> review.comments(reportOf(task))))
                .extracting(ReviewFeedback.Item::body).isEmpty();
    }
}
