package ecopark.rectification.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ecopark.ApplicationTest;
import ecopark.TestClock;
import ecopark.base.audit.AuditEntry;
import ecopark.base.domain.BusinessRuleException;
import ecopark.notification.service.Notifications;
import ecopark.rectification.RectificationFixtures;
import ecopark.rectification.domain.DeadlineExtension;
import ecopark.rectification.domain.TaskStatus;
import ecopark.rectification.process.RectificationProcess;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.flowable.engine.HistoryService;
import org.flowable.engine.ManagementService;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.TaskService;
import org.flowable.job.api.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The rectification process path by path — closed, returned, overdue, extended — through the services, asserting on
 * the registry, the audit trail, notifications and Flowable's history. The deadline timer runs on Flowable's clock,
 * moved together with the application's {@link TestClock}.
 */
@ApplicationTest
class RectificationProcessTest {

    @Autowired TaskCommands registry;
    @Autowired TaskQueries queries;
    @Autowired RectificationFixtures fixtures;
    @Autowired HistoryService history;
    @Autowired TaskService processTasks;
    @Autowired ManagementService management;
    @Autowired ProcessEngineConfiguration engine;
    @Autowired Notifications notifications;
    @Autowired TestClock clock;

    @AfterEach
    void realTimeAgain() {
        clock.reset();
        engine.getClock().reset();
    }

    private TaskDetail task(long id) {
        return fixtures.as("cc_manager", () -> queries.get(id));
    }

    private String processOf(long taskId) {
        return history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(RectificationProcess.BUSINESS_KEY_PREFIX + taskId).singleResult().getId();
    }

    private List<String> activities(long taskId) {
        return history.createHistoricActivityInstanceQuery().processInstanceId(processOf(taskId))
                .orderByHistoricActivityInstanceStartTime().asc().orderByHistoricActivityInstanceId().asc().list()
                .stream().map(a -> a.getActivityId()).toList();
    }

    private List<String> audit(long taskId) {
        return fixtures.as("cc_manager", () -> queries.history(taskId)).stream().map(AuditEntry::getAction).toList();
    }

    private List<String> notices(String username) {
        return fixtures.as(username, () -> notifications.recent(100)).stream()
                .map(n -> n.messageKey() + " " + n.link()).toList();
    }

    /** Moves the application's clock and Flowable's together, then runs the timers that have become due. */
    private void passTime(Duration duration, long taskId) {
        clock.advance(duration);
        engine.getClock().setCurrentTime(Date.from(clock.instant()));
        for (Job timer : management.createTimerJobQuery().processInstanceId(processOf(taskId)).executable().list()) {
            Job job = management.moveTimerToExecutableJob(timer.getId());
            management.executeJob(job.getId());
        }
    }

    @Test
    void a_task_done_with_evidence_is_verified_and_closed_by_a_manager() {
        long id = fixtures.centralTask("雨污分流改造", 60);
        assertThat(task(id).status()).isEqualTo(TaskStatus.OPEN);
        assertThat(notices("cc_staff")).contains("rectification.notice.assigned rectification/" + id);

        fixtures.as("cc_staff", () -> registry.recordProgress(id, task(id).version(), 40, "管网铺设完成四成"));
        assertThat(task(id).status()).isEqualTo(TaskStatus.IN_PROGRESS);
        fixtures.done(id);
        assertThat(task(id).status()).isEqualTo(TaskStatus.AWAITING_VERIFICATION);
        assertThat(notices("cc_manager")).contains("rectification.notice.awaitingVerification rectification/" + id);

        fixtures.as("cc_manager", () -> registry.close(id, "现场核查通过"));

        TaskDetail closed = task(id);
        assertThat(closed.status()).isEqualTo(TaskStatus.CLOSED);
        assertThat(closed.closedBy()).isEqualTo("陈刚");
        assertThat(closed.progressPercent()).isEqualTo(100);
        assertThat(activities(id)).containsSubsequence("registered", "rectify", "markCompleted", "verify", "close",
                "closed");
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(processOf(id)).finished().count())
                .isEqualTo(1);
        assertThat(audit(id)).containsExactly("RECTIFICATION_CREATED", "RECTIFICATION_PROGRESS",
                "RECTIFICATION_EVIDENCE_ADDED", "RECTIFICATION_COMPLETED", "RECTIFICATION_CLOSED");
    }

    @Test
    void a_returned_task_goes_back_to_the_park_with_the_reason_and_can_be_done_again() {
        long id = fixtures.centralTask("危险废物规范化管理", 60);
        fixtures.done(id);

        assertThatThrownBy(() -> fixtures.as("cc_manager", () -> registry.returnToPark(id, " ")))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("rectification.error.reasonRequired");
        fixtures.as("cc_manager", () -> registry.returnToPark(id, "缺少转移联单"));

        TaskDetail returned = fixtures.as("cc_staff", () -> queries.get(id));
        assertThat(returned.status()).isEqualTo(TaskStatus.RETURNED);
        assertThat(returned.returnReason()).isEqualTo("缺少转移联单");
        assertThat(returned.may().markDone()).isTrue();
        assertThat(notices("cc_staff")).contains("rectification.notice.returned rectification/" + id);

        fixtures.as("cc_staff", () -> registry.markDone(id, "已补充转移联单"));
        fixtures.as("cc_manager", () -> registry.close(id, null));
        assertThat(task(id).status()).isEqualTo(TaskStatus.CLOSED);
        assertThat(activities(id)).containsSubsequence("verify", "returnTask", "rectify", "markCompleted", "verify",
                "close");
    }

    @Test
    void at_the_deadline_the_timer_tells_the_responsible_person_and_the_managers_once() {
        long id = fixtures.centralTask("扬尘治理", 3);
        passTime(Duration.ofDays(2), id);
        assertThat(task(id).overdue()).isFalse();
        assertThat(notices("cc_manager")).doesNotContain("rectification.notice.overdue rectification/" + id);

        passTime(Duration.ofDays(3), id);

        assertThat(task(id).overdue()).isTrue();
        assertThat(notices("cc_staff")).containsOnlyOnce("rectification.notice.overdue rectification/" + id);
        assertThat(notices("cc_manager")).containsOnlyOnce("rectification.notice.overdue rectification/" + id);
        assertThat(notices("sz_manager")).doesNotContain("rectification.notice.overdue rectification/" + id);
        assertThat(audit(id)).containsOnlyOnce("RECTIFICATION_OVERDUE");
        assertThat(fixtures.as("cc_manager", () -> queries.find(TaskFilter.ALL.withState(TaskState.OVERDUE),
                org.springframework.data.domain.Pageable.unpaged())).map(TaskListItem::id).getContent()).contains(id);

        // Done late and returned: the rectification step and its timer start again, for a deadline already announced.
        fixtures.done(id);
        fixtures.as("cc_manager", () -> registry.returnToPark(id, "照片不清晰"));
        passTime(Duration.ofHours(1), id);
        assertThat(audit(id)).containsOnlyOnce("RECTIFICATION_OVERDUE");
    }

    @Test
    void an_approved_extension_moves_the_deadline_and_the_timer_with_it() {
        long id = fixtures.centralTask("污水处理厂二期", 10);
        LocalDate requested = task(id).deadline().plusDays(30);

        assertThatThrownBy(() -> fixtures.as("cc_staff", () -> registry.requestExtension(id,
                task(id).deadline().minusDays(1), "设备未到货")))
                .hasMessageContaining("rectification.error.extensionDate");
        fixtures.as("cc_staff", () -> registry.requestExtension(id, requested, "设备未到货"));
        assertThat(task(id).pendingExtension().requestedDeadline()).isEqualTo(requested);
        assertThat(notices("cc_manager")).contains("rectification.notice.extensionRequested rectification/" + id);
        fixtures.uploadEvidence(id);
        assertThatThrownBy(() -> fixtures.as("cc_staff", () -> registry.markDone(id, null)))
                .hasMessageContaining("rectification.error.extensionPending");
        assertThatThrownBy(() -> fixtures.as("cc_staff", () -> registry.decideExtension(id, true, null)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);

        fixtures.as("cc_manager", () -> registry.decideExtension(id, true, "同意"));

        TaskDetail extended = task(id);
        assertThat(extended.deadline()).isEqualTo(requested);
        assertThat(extended.pendingExtension()).isNull();
        Job timer = management.createTimerJobQuery().processInstanceId(processOf(id)).singleResult();
        assertThat(timer.getDuedate()).isEqualTo(RectificationProcess.deadlineAt(requested, clock.getZone()));
        assertThat(fixtures.as("cc_staff", () -> queries.extensions(id))).extracting(ExtensionItem::status)
                .containsExactly(DeadlineExtension.Decision.APPROVED);
        assertThat(notices("cc_staff")).contains("rectification.notice.extensionApproved rectification/" + id);

        // The old deadline passes quietly; the new one is announced.
        passTime(Duration.ofDays(12), id);
        assertThat(audit(id)).doesNotContain("RECTIFICATION_OVERDUE");
        passTime(Duration.ofDays(30), id);
        assertThat(audit(id)).contains("RECTIFICATION_OVERDUE");
    }

    @Test
    void a_rejected_extension_keeps_the_deadline_and_needs_a_reason() {
        long id = fixtures.centralTask("河道清淤", 10);
        LocalDate deadline = task(id).deadline();
        fixtures.as("cc_staff", () -> registry.requestExtension(id, deadline.plusDays(90), "汛期无法施工"));

        assertThatThrownBy(() -> fixtures.as("cc_manager", () -> registry.decideExtension(id, false, "")))
                .hasMessageContaining("rectification.error.reasonRequired");
        fixtures.as("cc_manager", () -> registry.decideExtension(id, false, "汛前可完成"));

        assertThat(task(id).deadline()).isEqualTo(deadline);
        assertThat(activities(id)).containsSubsequence("decideExtension", "rejectExtension", "rectify");
        assertThat(audit(id)).contains("RECTIFICATION_EXTENSION_REQUESTED", "RECTIFICATION_EXTENSION_REJECTED");
    }

    @Test
    void a_task_cannot_be_reported_done_without_evidence_nor_closed_before_it_is_done() {
        long id = fixtures.centralTask("锅炉改造", 30);

        assertThatThrownBy(() -> fixtures.as("cc_staff", () -> registry.markDone(id, null)))
                .hasMessageContaining("rectification.error.evidenceRequired");
        assertThatThrownBy(() -> fixtures.as("cc_manager", () -> registry.close(id, null)))
                .hasMessageContaining("rectification.error.notAwaitingVerification");
        assertThat(task(id).status()).isEqualTo(TaskStatus.OPEN);
    }
}
