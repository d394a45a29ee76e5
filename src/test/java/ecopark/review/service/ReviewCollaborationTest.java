package ecopark.review.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ecopark.ApplicationTest;
import ecopark.ReportFixtures;
import ecopark.base.audit.AuditEntry;
import ecopark.base.domain.BusinessRuleException;
import ecopark.notification.service.NotificationItem;
import ecopark.notification.service.Notifications;
import ecopark.report.service.ReportService;
import ecopark.report.service.ReportWorkflow;
import ecopark.report.service.ReviewFeedback;
import ecopark.review.domain.ReviewStage;
import ecopark.review.service.InboxFilter.InboxSort;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.flowable.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/** Hand-over (转办), copies (抄送), the inbox filters and the report's place in review, through the services. */
@ApplicationTest
class ReviewCollaborationTest {

    private static final AtomicInteger YEARS = new AtomicInteger(2801);

    @Autowired ReviewService review;
    @Autowired ReviewCopies copies;
    @Autowired ReportWorkflow workflow;
    @Autowired ReportService reports;
    @Autowired ReportFixtures fixtures;
    @Autowired Notifications notifications;
    @Autowired TaskService tasks;

    @Autowired ecopark.ActingUsers acting;

    private long submitted() {
        long report = fixtures.completeReport(YEARS.getAndIncrement());
        acting.as("cc_staff", () -> workflow.submit(report));
        return report;
    }

    private String taskOf(long reportId, ReviewStage stage) {
        return acting.as("cc_reviewer1", () -> review.inbox(stage, false, PageRequest.of(0, 500)).stream()
                .filter(t -> t.reportId() == reportId).findFirst().orElseThrow().taskId());
    }

    private String claimedBy(String reviewer, long reportId) {
        String task = taskOf(reportId, ReviewStage.PRELIMINARY);
        acting.as(reviewer, () -> review.claim(task));
        return task;
    }

    private List<NotificationItem> notificationsOf(String username) {
        return acting.as(username, () -> notifications.recent(50));
    }

    @Test
    void a_held_task_is_handed_over_to_a_colleague_who_is_told_and_the_trail_keeps_why() {
        long report = submitted();
        String task = claimedBy("cc_reviewer1", report);

        assertThat(acting.as("cc_reviewer1", () -> review.handOverCandidates(task))).extracting(Colleague::username)
                .containsExactly("cc_reviewer2");
        acting.as("cc_reviewer1", () -> review.handOver(task, "cc_reviewer2", "本周出差，请赵静处理"));

        assertThat(tasks.createTaskQuery().taskId(task).singleResult().getAssignee()).isEqualTo("cc_reviewer2");
        assertThat(acting.as("cc_reviewer2", () -> review.task(task)).mine()).isTrue();
        assertThat(acting.as("cc_staff", () -> reports.history(report))).extracting(AuditEntry::getAction)
                .contains("REVIEW_HANDED_OVER");
        assertThat(acting.as("cc_staff", () -> reports.history(report)).stream()
                .filter(e -> e.getAction().equals("REVIEW_HANDED_OVER")).findFirst()
                .map(e -> ecopark.base.audit.AuditText.detail(e, java.util.Locale.SIMPLIFIED_CHINESE)).orElseThrow())
                .isEqualTo("转给 赵静（本周出差，请赵静处理）");
        assertThat(notificationsOf("cc_reviewer2")).anySatisfy(n -> {
            assertThat(n.messageKey()).isEqualTo("notification.review.handedOver");
            assertThat(n.link()).isEqualTo("review/" + task);
            assertThat(n.args()).contains("李明", "本周出差，请赵静处理");
        });
        assertThat(acting.as("cc_staff", () -> reports.reviewPosition(report))).get()
                .extracting(ReviewFeedback.Position::holderName).isEqualTo("赵静");
    }

    @Test
    void a_hand_over_to_oneself_outside_the_bureau_without_a_note_or_of_a_task_not_held_is_refused() {
        long report = submitted();
        String task = claimedBy("cc_reviewer1", report);

        assertThatThrownBy(() -> acting.as("cc_reviewer1", () -> review.handOver(task, "cc_reviewer1", "自己")))
                .hasMessageContaining("review.error.handOverToSelf");
        assertThatThrownBy(() -> acting.as("cc_reviewer1", () -> review.handOver(task, "tj_reviewer", "天津同事")))
                .hasMessageContaining("review.error.handOverOutside");
        assertThatThrownBy(() -> acting.as("cc_reviewer1", () -> review.handOver(task, "cc_manager", "领导")))
                .hasMessageContaining("review.error.handOverOutside");
        assertThatThrownBy(() -> acting.as("cc_reviewer1", () -> review.handOver(task, "cc_reviewer2", "  ")))
                .hasMessageContaining("review.error.handOverNoteRequired");
        assertThatThrownBy(() -> acting.as("cc_reviewer2", () -> review.handOver(task, "cc_reviewer2", "我来")))
                .hasMessageContaining("review.error.notYours");
        assertThatThrownBy(() -> acting.as("tj_reviewer", () -> review.handOver(task, "tj_reviewer", "我来")))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(tasks.createTaskQuery().taskId(task).singleResult().getAssignee()).isEqualTo("cc_reviewer1");
    }

    @Test
    void the_final_sign_off_is_never_handed_to_the_preliminary_approver() {
        long report = submitted();
        String preliminary = claimedBy("cc_reviewer1", report);
        acting.as("cc_reviewer1", () -> review.approve(preliminary, null));
        String finalTask = taskOf(report, ReviewStage.FINAL);
        acting.as("cc_reviewer2", () -> review.claim(finalTask));

        assertThat(acting.as("cc_reviewer2", () -> review.handOverCandidates(finalTask))).isEmpty();
        assertThatThrownBy(() -> acting.as("cc_reviewer2", () -> review.handOver(finalTask, "cc_reviewer1", "请复核")))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("review.error.handOverFourEyes");
        assertThat(tasks.createTaskQuery().taskId(finalTask).singleResult().getAssignee()).isEqualTo("cc_reviewer2");
    }

    @Test
    void a_copy_reaches_only_the_named_colleagues_of_the_bureau() {
        long report = submitted();
        String task = taskOf(report, ReviewStage.PRELIMINARY);

        assertThat(acting.as("cc_reviewer1", () -> copies.candidates(task))).extracting(Colleague::username)
                .containsExactly("cc_reviewer2", "cc_manager");
        assertThatThrownBy(() -> acting.as("cc_reviewer1", () -> copies.copy(task, List.of("tj_reviewer"), null)))
                .hasMessageContaining("review.error.copyOutside");
        assertThatThrownBy(() -> acting.as("cc_reviewer1", () -> copies.copy(task, List.of("cc_reviewer1"), null)))
                .hasMessageContaining("review.error.copyToSelf");
        assertThat(acting.as("cc_reviewer1", () -> copies.copy(task, List.of("cc_reviewer2"), "请知悉园区指标变化")))
                .isEqualTo(1);
        assertThat(acting.as("cc_reviewer1", () -> copies.copy(task, List.of("cc_reviewer2"), "再发一次"))).isZero();

        List<CopyItem> toReviewer2 = acting.as("cc_reviewer2", () -> copies.copiedToMe(PageRequest.of(0, 50)).getContent());
        CopyItem copy = toReviewer2.stream().filter(c -> c.reportId() == report).findFirst().orElseThrow();
        assertThat(copy.senderName()).isEqualTo("李明");
        assertThat(copy.note()).isEqualTo("请知悉园区指标变化");
        assertThat(copy.read()).isFalse();
        assertThat(acting.as("cc_manager", () -> copies.copiedToMe(PageRequest.of(0, 50)).stream()
                .noneMatch(c -> c.reportId() == report))).isTrue();
        assertThat(notificationsOf("cc_reviewer2")).extracting(NotificationItem::messageKey)
                .contains("notification.review.copied");

        assertThatThrownBy(() -> acting.as("cc_manager", () -> copies.open(copy.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> acting.as("tj_reviewer", () -> copies.open(copy.id())))
                .isInstanceOf(AccessDeniedException.class);
        long unreadBefore = acting.as("cc_reviewer2", () -> copies.unread());
        CopyDetail opened = acting.as("cc_reviewer2", () -> copies.open(copy.id()));
        assertThat(opened.revision().number()).isEqualTo(1);
        assertThat(opened.revision().form().basic().parkName()).isEqualTo("长春经济技术开发区");
        assertThat(acting.as("cc_reviewer2", () -> copies.unread())).isEqualTo(unreadBefore - 1);
    }

    @Test
    void the_inbox_narrows_to_a_year_and_a_park_and_sorts_newest_first() {
        long older = submitted();
        long newer = submitted();
        int newerYear = acting.as("cc_staff", () -> reports.get(newer).getYear());
        long parkId = acting.as("cc_staff", () -> reports.get(newer).getParkId());

        List<ReviewTaskItem> ofYear = acting.as("cc_reviewer1", () -> review.inbox(
                new InboxFilter(null, null, newerYear, false, InboxSort.DUE_FIRST), PageRequest.of(0, 50)).getContent());
        assertThat(ofYear).extracting(ReviewTaskItem::reportId).containsExactly(newer);
        assertThat(acting.as("cc_reviewer1", () -> review.inbox(
                new InboxFilter(ReviewStage.FINAL, parkId, newerYear, false, null), PageRequest.of(0, 50))))
                .isEmpty();
        List<ReviewTaskItem> newestFirst = acting.as("cc_reviewer1", () -> review.inbox(
                new InboxFilter(null, parkId, null, false, InboxSort.NEWEST_FIRST), PageRequest.of(0, 500))
                .getContent());
        assertThat(newestFirst.stream().map(ReviewTaskItem::reportId).filter(id -> id == older || id == newer))
                .containsExactly(newer, older);
        assertThat(acting.as("cc_reviewer1", () -> review.inbox(
                new InboxFilter(null, 999_999L, null, false, null), PageRequest.of(0, 50)))).isEmpty();
    }

    @Test
    void staff_see_the_stage_the_holder_since_when_and_the_due_date() {
        long report = submitted();
        ReviewFeedback.Position waiting = acting.as("cc_staff", () -> reports.reviewPosition(report)).orElseThrow();
        assertThat(waiting.stageKey()).isEqualTo("review.stage.PRELIMINARY");
        assertThat(waiting.holderName()).isNull();
        assertThat(waiting.due()).isNotNull();
        assertThat(waiting.overdue()).isFalse();

        claimedBy("cc_reviewer1", report);
        ReviewFeedback.Position taken = acting.as("cc_staff", () -> reports.reviewPosition(report)).orElseThrow();
        assertThat(taken.holderName()).isEqualTo("李明");
        assertThat(taken.since()).isAfterOrEqualTo(waiting.since());

        assertThatThrownBy(() -> acting.as("tj_staff", () -> reports.reviewPosition(report)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
