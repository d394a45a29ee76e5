package ecopark.review.process;

import static org.assertj.core.api.Assertions.assertThat;

import ecopark.ApplicationTest;
import ecopark.ReportFixtures;
import ecopark.TestClock;
import ecopark.base.audit.AuditEntry;
import ecopark.base.audit.AuditTrail;
import ecopark.notification.service.Notifications;
import ecopark.report.domain.ReportStatus;
import ecopark.report.service.ReportService;
import ecopark.report.service.ReportWorkflow;
import ecopark.review.domain.ReviewStage;
import ecopark.review.service.ReviewService;
import ecopark.security.SystemActor;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.flowable.engine.ManagementService;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.job.api.Job;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * The review's boundary timers: a reminder to the reviewer one working day before the due date, an escalation to the
 * jurisdiction's managers once it has passed, each once, the task staying open. The job executor is off in tests, so
 * the test moves Flowable's clock and the application's together and runs the timers that have become due.
 */
@ApplicationTest
class ReviewTimersTest {

    @Autowired ReportFixtures fixtures;
    @Autowired ReportWorkflow workflow;
    @Autowired ReportService reports;
    @Autowired ReviewService review;
    @Autowired Notifications notifications;
    @Autowired AuditTrail audit;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired ManagementService management;
    @Autowired ProcessEngine engine;
    @Autowired TestClock clock;

    @AfterEach
    void backToRealTime() {
        clock.reset();
        engine.getProcessEngineConfiguration().getClock().reset();
    }

    @Autowired ecopark.ActingUsers acting;

    /** Flowable's clock and the application's to the same instant, as in production where both read the system. */
    private void moveTimeTo(Instant instant) {
        clock.advance(Duration.between(clock.instant(), instant));
        engine.getProcessEngineConfiguration().getClock().setCurrentTime(Date.from(instant));
    }

    /** What the job executor would do now: run this process's timers that are due. */
    private int runDueTimers(String processInstanceId) {
        List<Job> due = management.createTimerJobQuery().processInstanceId(processInstanceId).executable().list();
        for (Job timer : due) {
            Job job = management.moveTimerToExecutableJob(timer.getId());
            management.executeJob(job.getId());
        }
        return due.size();
    }

    private List<String> notices(String username, String key) {
        return acting.as(username, () -> notifications.recent(100).stream().filter(n -> n.messageKey().equals(key))
                .map(n -> String.valueOf(n.args())).toList());
    }

    private List<String> auditActions(long reportId) {
        return SystemActor.call(() -> audit.of(ReportService.SUBJECT, reportId)).stream().map(AuditEntry::getAction)
                .toList();
    }

    @Test
    void a_late_preliminary_review_reminds_its_reviewer_then_escalates_to_the_managers_once_and_stays_open() {
        int year = 3011;
        long report = fixtures.completeReport(year);
        acting.as("cc_staff", () -> workflow.submit(report));
        String process = runtime.createProcessInstanceQuery().processInstanceBusinessKey("report:" + report)
                .singleResult().getId();
        // The task keeps its due date and each timer its date (the process computes them in working days at the
        // stage's start and does not store them as variables): the reminder is the earlier timer.
        Date due = tasks.createTaskQuery().processInstanceId(process).singleResult().getDueDate();
        Date reminder = management.createTimerJobQuery().processInstanceId(process).list().stream()
                .map(Job::getDuedate).filter(d -> !d.equals(due)).findFirst().orElseThrow();

        // The timers wait for exactly the dates the process computed in working days; the task shows the due date.
        assertThat(management.createTimerJobQuery().processInstanceId(process).list())
                .extracting(Job::getDuedate).containsExactlyInAnyOrder(reminder, due);
        Task task = tasks.createTaskQuery().processInstanceId(process).singleResult();
        assertThat(task.getDueDate()).isEqualTo(due);
        assertThat(reminder).isBefore(due);

        String taskId = acting.as("cc_reviewer1", () -> review.inbox(ReviewStage.PRELIMINARY, false, PageRequest.of(0, 100))
                .stream().filter(t -> t.reportId() == report).findFirst().orElseThrow().taskId());
        acting.as("cc_reviewer1", () -> {
            review.claim(taskId);
            return null;
        });
        String parkAndYear = "[长春经济技术开发区, " + year + "]";

        moveTimeTo(reminder.toInstant().minusSeconds(60));
        assertThat(runDueTimers(process)).isZero();

        moveTimeTo(reminder.toInstant().plusSeconds(60));
        assertThat(runDueTimers(process)).isEqualTo(1);
        assertThat(notices("cc_reviewer1", "notification.review.dueSoon")).contains(parkAndYear);
        assertThat(notices("cc_reviewer2", "notification.review.dueSoon")).doesNotContain(parkAndYear);
        assertThat(notices("cc_manager", "notification.review.overdue")).doesNotContain(parkAndYear);
        assertThat(auditActions(report)).containsOnlyOnce("REVIEW_REMINDED").doesNotContain("REVIEW_OVERDUE");

        moveTimeTo(due.toInstant().plusSeconds(60));
        assertThat(runDueTimers(process)).isEqualTo(1);
        assertThat(notices("cc_manager", "notification.review.overdue")).containsOnlyOnce(parkAndYear);
        assertThat(notices("cc_reviewer1", "notification.review.overdue")).containsOnlyOnce(parkAndYear);
        assertThat(notices("tj_reviewer", "notification.review.overdue")).doesNotContain(parkAndYear);
        assertThat(auditActions(report)).containsOnlyOnce("REVIEW_REMINDED", "REVIEW_OVERDUE");

        // Days later nothing fires again, and the reviewer still holds the open task.
        moveTimeTo(due.toInstant().plus(Duration.ofDays(5)));
        assertThat(runDueTimers(process)).isZero();
        assertThat(management.createTimerJobQuery().processInstanceId(process).count()).isZero();
        assertThat(auditActions(report)).containsOnlyOnce("REVIEW_REMINDED", "REVIEW_OVERDUE");
        Task open = tasks.createTaskQuery().processInstanceId(process).singleResult();
        assertThat(open.getId()).isEqualTo(taskId);
        assertThat(open.getAssignee()).isEqualTo("cc_reviewer1");
        assertThat(SystemActor.call(() -> reports.get(report).getStatus())).isEqualTo(ReportStatus.IN_REVIEW);
    }

    @Test
    void an_unclaimed_task_reminds_every_reviewer_of_the_jurisdiction() {
        int year = 3012;
        long report = fixtures.completeReport(year);
        acting.as("cc_staff", () -> workflow.submit(report));
        String process = runtime.createProcessInstanceQuery().processInstanceBusinessKey("report:" + report)
                .singleResult().getId();
        Date due = tasks.createTaskQuery().processInstanceId(process).singleResult().getDueDate();
        Date reminder = management.createTimerJobQuery().processInstanceId(process).list().stream()
                .map(Job::getDuedate).filter(d -> !d.equals(due)).findFirst().orElseThrow();

        moveTimeTo(reminder.toInstant().plusSeconds(60));
        assertThat(runDueTimers(process)).isEqualTo(1);

        String parkAndYear = "[长春经济技术开发区, " + year + "]";
        assertThat(notices("cc_reviewer1", "notification.review.dueSoon")).contains(parkAndYear);
        assertThat(notices("cc_reviewer2", "notification.review.dueSoon")).contains(parkAndYear);
        assertThat(notices("tj_reviewer", "notification.review.dueSoon")).doesNotContain(parkAndYear);
    }
}
