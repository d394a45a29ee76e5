package ecopark.rectification.process;

import ecopark.base.audit.AuditAction;
import ecopark.base.audit.AuditSubject;
import ecopark.base.audit.AuditTrail;
import ecopark.rectification.domain.RectificationTask;
import ecopark.rectification.domain.RectificationTaskRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.flowable.engine.delegate.DelegateExecution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The bean that {@code processes/rectification-task.bpmn20.xml} calls by expression. The user's action (progress,
 * done, verification, extension) is recorded in the registry by the service before it completes the process task;
 * the process steps tell the people concerned and keep the deadline timer in line with the registry's deadline.
 */
@Component("rectificationProcess")
public class RectificationProcess {

    public static final String PROCESS_KEY = "rectificationTask";
    public static final String BUSINESS_KEY_PREFIX = "rectification:";
    /** Subject type of task lines in the audit trail. */
    public static final AuditSubject SUBJECT = AuditSubject.RECTIFICATION_TASK;

    private static final AuditTrail.Actor SYSTEM = AuditTrail.SYSTEM;
    private static final Logger log = LoggerFactory.getLogger(RectificationProcess.class);

    private final RectificationTaskRepository tasks;
    private final RectificationNotices notices;
    private final AuditTrail audit;
    private final Clock clock;

    RectificationProcess(RectificationTaskRepository tasks, RectificationNotices notices, AuditTrail audit,
            Clock clock) {
        this.tasks = tasks;
        this.notices = notices;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The moment a deadline has passed: the start of the day after it, in the application's time zone. The timer
     * fires then, and the registry's queries count the task as overdue from that day on ({@code deadline < today}).
     */
    public static Date deadlineAt(LocalDate deadline, ZoneId zone) {
        return Date.from(deadline.plusDays(1).atStartOfDay(zone).toInstant());
    }

    public void registered(DelegateExecution execution, Long taskId) {
        notices.assigned(task(taskId));
    }

    public void completed(DelegateExecution execution, Long taskId) {
        notices.awaitingVerification(task(taskId));
    }

    public void closed(DelegateExecution execution, Long taskId) {
        notices.closed(task(taskId));
    }

    public void returned(DelegateExecution execution, Long taskId) {
        notices.returned(task(taskId));
    }

    /** The approved deadline is in the registry: the timer of the next rectification step follows it. */
    public void extensionApproved(DelegateExecution execution, Long taskId) {
        RectificationTask task = task(taskId);
        execution.setVariable("deadlineAt", deadlineAt(task.getDeadline(), clock.getZone()));
        notices.extensionApproved(task);
    }

    public void extensionRejected(DelegateExecution execution, Long taskId) {
        notices.extensionRejected(task(taskId));
    }

    /**
     * The deadline timer fired. Announced once per deadline: re-entering the rectification step after a return or a
     * refused extension re-creates the timer for a deadline that may already have been announced.
     */
    public void overdue(DelegateExecution execution, Long taskId) {
        RectificationTask task = task(taskId);
        LocalDate today = LocalDate.now(clock);
        if (!task.isOverdue(today) || task.getDeadline().equals(task.getOverdueNotifiedFor())) {
            return;
        }
        log.info("Rectification task {} passed its deadline {}", taskId, task.getDeadline());
        tasks.markOverdueNotified(taskId, task.getDeadline());
        audit.record(SYSTEM, AuditAction.RECTIFICATION_OVERDUE, SUBJECT, taskId, task.getParkId(), task.getDeadline());
        notices.overdue(task);
    }

    private RectificationTask task(Long taskId) {
        return tasks.findById(taskId).orElseThrow(() -> new IllegalStateException("No rectification task " + taskId));
    }
}
