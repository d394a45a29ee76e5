package ecopark.review.service;

import ecopark.base.audit.AuditAction;
import ecopark.base.audit.AuditTrail;
import ecopark.base.domain.BusinessRuleException;
import ecopark.report.service.ReportService;
import ecopark.review.process.RouteVariables;
import ecopark.security.AccessPolicy;
import ecopark.security.CurrentUser;
import ecopark.security.OrganisationDirectory;
import ecopark.security.ParkAction;
import ecopark.security.SignedInUser;
import java.util.function.Consumer;
import org.flowable.common.engine.api.FlowableObjectNotFoundException;
import org.flowable.engine.ManagementService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.springframework.stereotype.Component;

/**
 * A review task as the review's services act on it: found with its process variables and checked against the
 * signed-in reviewer's parks, the ids the process carries, and the audit line of an act on it. Shared by
 * {@link ReviewService} (deciding) and {@link ReviewCopies} (copying for information).
 */
@Component
class ReviewTasks {

    private final TaskService tasks;
    private final ManagementService management;
    private final AccessPolicy access;
    private final CurrentUser currentUser;
    private final AuditTrail auditTrail;
    private final OrganisationDirectory directory;

    ReviewTasks(TaskService tasks, ManagementService management, AccessPolicy access, CurrentUser currentUser,
            AuditTrail auditTrail, OrganisationDirectory directory) {
        this.directory = directory;
        this.tasks = tasks;
        this.management = management;
        this.access = access;
        this.currentUser = currentUser;
        this.auditTrail = auditTrail;
    }

    /** The task with its variables, for a reviewer of its park; a task already completed reads as decided. */
    Task require(String taskId) {
        Task task = tasks.createTaskQuery().taskId(taskId).includeProcessVariables().singleResult();
        if (task == null) {
            throw new BusinessRuleException("review.error.alreadyDecided");
        }
        // Reading a task (the review screen, its history) takes the park in scope only: a province reads what its
        // city is pre-reviewing; acting on it takes the stage too (requireStage).
        access.require(ParkAction.REVIEW, parkId(task));
        return task;
    }

    /** {@link #require}, at the reviewer's own stage and held by them. */
    Task requireOwn(String taskId) {
        Task task = require(taskId);
        requireStage(task);
        requireHeld(task);
        return task;
    }

    /**
     * {@link #requireOwn}, {@code check}ed, and taken for a decision ({@link TakeTask}) in one engine command. Throws
     * Flowable's not-found or optimistic-lock exception when another decision on the task came first.
     */
    Task takeOwn(String taskId, Consumer<Task> check) {
        return management.executeCommand(TakeTask.forDecision(taskId, task -> {
            requireStage(task);
            requireHeld(task);
            check.accept(task);
        })).orThrow();
    }

    /**
     * {@link #require}, {@code check}ed, taken and claimed for {@code username} in one engine command. Throws
     * Flowable's exception when another claim came first; a task already completed reads as decided.
     */
    Task takeAndClaim(String taskId, Consumer<Task> check, String username) {
        try {
            return management.executeCommand(TakeTask.forClaim(taskId, task -> {
                requireStage(task);
                check.accept(task);
            }, username)).orThrow();
        } catch (FlowableObjectNotFoundException gone) {
            throw new BusinessRuleException("review.error.alreadyDecided");
        }
    }

    /**
     * The one rule for acting on a review task: the reviewer may review the task's park, and the task's stage is one
     * of their own bureau's — a province cannot decide a city's 预审, a city cannot decide the province's 初审 —,
     * whatever the scope of parks they may read. Every act on a task (claim, comment, decide, hand over, copy, give
     * back) finds it through here.
     */
    private void requireStage(Task task) {
        access.require(ParkAction.REVIEW, parkId(task));
        SignedInUser me = currentUser.require();
        long stageBureau = stageJurisdictionId(task);
        if (!me.system() && !Long.valueOf(stageBureau).equals(me.jurisdictionId())) {
            throw new BusinessRuleException("review.error.otherStage",
                    directory.jurisdictionName(stageBureau).orElse(String.valueOf(stageBureau)));
        }
    }

    private void requireHeld(Task task) {
        if (!currentUser.require().username().equals(task.getAssignee())) {
            throw new BusinessRuleException("review.error.notYours");
        }
    }

    void audit(Task task, AuditAction action, Object... details) {
        auditTrail.record(currentUser.require().asActor(), action, ReportService.SUBJECT, reportId(task), parkId(task),
                details);
    }

    static long reportId(Task task) {
        return ((Number) task.getProcessVariables().get("reportId")).longValue();
    }

    static long parkId(Task task) {
        return ((Number) task.getProcessVariables().get("parkId")).longValue();
    }

    /** Where the task stands on its report's route: kind, bureau, first or last stage. */
    static RouteVariables.StageAt stageAt(Task task) {
        return RouteVariables.at(task.getTaskDefinitionKey(), task.getProcessVariables());
    }

    /** The bureau whose reviewers decide the task's stage. */
    static long stageJurisdictionId(Task task) {
        return stageAt(task).jurisdictionId();
    }

    static int revisionNumber(Task task) {
        return ((Number) task.getProcessVariables().get("revisionNumber")).intValue();
    }
}
