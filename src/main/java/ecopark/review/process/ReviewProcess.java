package ecopark.review.process;

import ecopark.base.audit.AuditAction;
import ecopark.base.audit.AuditDetail;
import ecopark.base.audit.AuditSubject;
import ecopark.base.audit.AuditTrail;
import ecopark.report.domain.ReportStatus;
import ecopark.report.service.ReportWorkflow;
import ecopark.review.domain.ReviewStage;
import ecopark.review.domain.RoutePlan;
import ecopark.security.AppRole;
import ecopark.security.SystemActor;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Date;
import org.flowable.engine.delegate.DelegateExecution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The bean that {@code processes/annual-report-review.bpmn20.xml} calls by expression. Service tasks run without a
 * person behind them (or behind a reviewer's click), so every call goes to the report feature as the system.
 * <p>
 * The definition runs the report's route as data ({@link #planRoute}, {@link #enterRouteStage}, {@link #nextStage}).
 * Processes started on the definition before (a fixed 初审 and 复核, one user task each) keep running on it — Flowable
 * keeps every deployed version and an instance stays on its own — so its expressions ({@link #enterStage} with a
 * stage name, and the due-date variables {@code prelimDueDate}/{@code finalDueDate}) are served as they were.
 */
@Component("reviewProcess")
public class ReviewProcess {

    public static final String PROCESS_KEY = "annualReportReview";
    /**
     * Transient variable (never stored) set by whoever starts or resumes the process right after a passing
     * completeness check in the same transaction, so that the check does not evaluate the report twice.
     */
    public static final String SUBMISSION_CHECKED = "submissionChecked";

    private static final AuditTrail.Actor SYSTEM = AuditTrail.SYSTEM;
    private static final Logger log = LoggerFactory.getLogger(ReviewProcess.class);

    private final ReportWorkflow workflow;
    private final Clock clock;
    private final AuditTrail audit;
    private final int preliminaryDays;
    private final int finalDays;
    private final ReviewNotices notices;
    private final WorkingDays workingDays;
    private final RoutePlanner planner;

    ReviewProcess(ReportWorkflow workflow, Clock clock, AuditTrail audit, ReviewNotices notices,
            WorkingDays workingDays, RoutePlanner planner, @Value("${ecopark.review.preliminary-working-days:10}") int preliminaryDays,
            @Value("${ecopark.review.final-working-days:5}") int finalDays) {
        this.workflow = workflow;
        this.clock = clock;
        this.audit = audit;
        this.preliminaryDays = preliminaryDays;
        this.finalDays = finalDays;
        this.notices = notices;
        this.workingDays = workingDays;
        this.planner = planner;
    }

    /** Completeness check of docs/product.md: the same single check the editor asks before offering submission. */
    public boolean checkCompleteness(DelegateExecution execution, Long reportId) {
        if (Boolean.TRUE.equals(execution.getTransientVariable(SUBMISSION_CHECKED))) {
            return true;
        }
        return SystemActor.call(() -> workflow.submissionProblems(reportId).isEmpty());
    }

    /**
     * At every submission (the first and each after a return): the route as the park's province has it now, fixed for
     * this round of review, which starts at its first stage. A later change of the route reaches the next submission.
     */
    public void planRoute(DelegateExecution execution) {
        long bureau = ((Number) execution.getVariable("jurisdictionId")).longValue();
        execution.setVariable(RouteVariables.ROUTE, planner.plan(bureau).encode());
        execution.setVariable(RouteVariables.STAGE_INDEX, 0);
    }

    /**
     * The route's current stage begins: its reviewers (the candidate group of the stage's jurisdiction), its due date
     * in working days of the administrators' calendar counted from today and the reminder one working day before, for
     * the task and its timers; the report shows the stage, waiting to be taken at the first one.
     */
    public void enterRouteStage(DelegateExecution execution, Long reportId) {
        RouteVariables.StageAt at = at(execution);
        String group = AppRole.REVIEWER.candidateGroup(at.jurisdictionId());
        LocalDate due = workingDays.plus(LocalDate.now(clock), at.stage().dueDays());
        if (!group.equals(execution.getVariable("reviewerGroup"))) {
            execution.setVariable("reviewerGroup", group); // unchanged between 初审 and 复核: no write
        }
        // Transient: read in this same command by the user task's due date and its two timers, which keep them;
        // stored, they would cost two variable writes (and their history) at every stage.
        execution.setTransientVariable("stageDueDate", endOf(due));
        execution.setTransientVariable("stageReminderDate", endOf(workingDays.previous(due)));
        ReportStatus status = at.first() ? ReportStatus.SUBMITTED : ReportStatus.IN_REVIEW;
        SystemActor.run(() -> workflow.moveTo(reportId, status, at.kind().name()));
        notices.stageEntered(reportId, at.kind(), group);
    }

    /** The kind of the current stage, which names the user task the process waits in. */
    public String stageKind(DelegateExecution execution) {
        return at(execution).kind().name();
    }

    /** Whether an approval passes the report on to another stage rather than to publication. */
    public boolean hasNextStage(DelegateExecution execution) {
        return !at(execution).last();
    }

    public void nextStage(DelegateExecution execution) {
        execution.setVariable(RouteVariables.STAGE_INDEX, at(execution).index() + 1);
    }

    private static RouteVariables.StageAt at(DelegateExecution execution) {
        RoutePlan plan = RoutePlan.decode((String) execution.getVariable(RouteVariables.ROUTE));
        return new RouteVariables.StageAt(plan,
                ((Number) execution.getVariable(RouteVariables.STAGE_INDEX)).intValue());
    }

    /**
     * The old definition's stage begins (processes started before the route became data): its due date (in working days of the administrators' calendar, counted from today) and
     * the reminder one working day before are set for the task and its timers, and the report shows the stage.
     */
    public void enterStage(DelegateExecution execution, Long reportId, String stageName) {
        ReviewStage stage = ReviewStage.valueOf(stageName);
        LocalDate today = LocalDate.now(clock);
        LocalDate due = workingDays.plus(today, stage == ReviewStage.PRELIMINARY ? preliminaryDays : finalDays);
        String prefix = stage == ReviewStage.PRELIMINARY ? "prelim" : "final";
        execution.setVariable(prefix + "DueDate", endOf(due));
        execution.setVariable(prefix + "ReminderDate", endOf(workingDays.previous(due)));
        ReportStatus status = stage == ReviewStage.PRELIMINARY ? ReportStatus.SUBMITTED : ReportStatus.IN_REVIEW;
        SystemActor.run(() -> workflow.moveTo(reportId, status, stage.name()));
        notices.stageEntered(reportId, stage, (String) execution.getVariable("reviewerGroup"));
    }

    public void returnForRevision(DelegateExecution execution, Long reportId, String fromStage) {
        SystemActor.run(() -> workflow.moveTo(reportId, ReportStatus.RETURNED, null));
        notices.returned(reportId, parkId(execution));
    }

    public void withdraw(DelegateExecution execution, Long reportId) {
        SystemActor.run(() -> workflow.moveTo(reportId, ReportStatus.DRAFT, null));
    }

    /** Publishes the revision the reviewers approved (the one this round of the process reviewed). */
    public void publish(DelegateExecution execution, Long reportId) {
        int revisionNumber = ((Number) execution.getVariable("revisionNumber")).intValue();
        SystemActor.run(() -> workflow.publish(reportId, revisionNumber));
        notices.published(reportId, parkId(execution), ((Number) execution.getVariable("jurisdictionId")).longValue());
    }

    public void remind(DelegateExecution execution, Long reportId, String stage) {
        log.info("Review of report {} at stage {} is due soon", reportId, stage);
        audit.record(SYSTEM, AuditAction.REVIEW_REMINDED, AuditSubject.REPORT, reportId, parkId(execution),
                AuditDetail.key(ReviewStage.valueOf(stage).labelKey()));
        notices.dueSoon(execution.getProcessInstanceId(), reportId, ReviewStage.valueOf(stage),
                (String) execution.getVariable("reviewerGroup"));
    }

    public void escalate(DelegateExecution execution, Long reportId, String stage) {
        log.warn("Review of report {} at stage {} is overdue; escalated to the managers", reportId, stage);
        audit.record(SYSTEM, AuditAction.REVIEW_OVERDUE, AuditSubject.REPORT, reportId, parkId(execution),
                AuditDetail.key(ReviewStage.valueOf(stage).labelKey()));
        notices.overdue(execution.getProcessInstanceId(), reportId, ReviewStage.valueOf(stage),
                stageJurisdiction(execution));
    }

    /** The bureau deciding the current stage: its managers hear when it is overdue. */
    private static long stageJurisdiction(DelegateExecution execution) {
        if (execution.getVariable(RouteVariables.ROUTE) == null) {
            return ((Number) execution.getVariable("jurisdictionId")).longValue();
        }
        return at(execution).jurisdictionId();
    }

    private static long parkId(DelegateExecution execution) {
        return ((Number) execution.getVariable("parkId")).longValue();
    }

    private Date endOf(LocalDate day) {
        ZonedDateTime end = day.atTime(LocalTime.of(23, 59, 59)).atZone(clock.getZone());
        return Date.from(end.toInstant());
    }
}
