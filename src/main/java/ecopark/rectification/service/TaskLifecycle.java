package ecopark.rectification.service;

import ecopark.base.audit.AuditAction;
import ecopark.base.audit.AuditTrail;
import ecopark.base.domain.BusinessRuleException;
import ecopark.base.domain.ConcurrentEditException;
import ecopark.rectification.domain.RectificationTask;
import ecopark.rectification.domain.RectificationTaskRepository;
import ecopark.rectification.process.RectificationProcess;
import ecopark.security.AppRole;
import ecopark.security.OrganisationDirectory;
import ecopark.security.SignedInUser;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.flowable.common.engine.api.FlowableObjectNotFoundException;
import org.flowable.common.engine.api.FlowableOptimisticLockingException;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.task.api.Task;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * The process-facing side of the registry: a task is stored and audited and its BPMN process started, and each step
 * a person takes is stored, audited and then completes the matching process task, all in the caller's transaction.
 * Callers have checked who may take the step.
 */
@Component
class TaskLifecycle {

    private final RectificationTaskRepository tasks;
    private final OrganisationDirectory directory;
    private final AuditTrail audit;
    private final RuntimeService runtime;
    private final TaskService processTasks;
    private final Clock clock;

    TaskLifecycle(RectificationTaskRepository tasks, OrganisationDirectory directory, AuditTrail audit,
            RuntimeService runtime, TaskService processTasks, Clock clock) {
        this.tasks = tasks;
        this.directory = directory;
        this.audit = audit;
        this.runtime = runtime;
        this.processTasks = processTasks;
        this.clock = clock;
    }

    /** Saves a new task, audits it and starts its process unless it is registered closed. */
    RectificationTask register(RectificationTask task, SignedInUser me) {
        RectificationTask saved = tasks.save(task);
        audit.record(me.asActor(), AuditAction.RECTIFICATION_CREATED, RectificationProcess.SUBJECT, saved.getId(),
                saved.getParkId(), saved.getTitle());
        if (!saved.getStatus().isClosed()) {
            start(saved);
        }
        return saved;
    }

    /** Stores a changed task in the user's name and audits the change; a concurrent save refuses it. */
    void save(RectificationTask task, SignedInUser me, AuditAction action, Object... details) {
        task.touch(me.displayName(), clock.instant());
        try {
            tasks.saveAndFlush(task);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConcurrentEditException();
        }
        audit.record(me.asActor(), action, RectificationProcess.SUBJECT, task.getId(), task.getParkId(), details);
    }

    /** Completes the task's open process step, e.g. "rectify", "verify", "decideExtension". */
    void complete(RectificationTask task, String step, Map<String, Object> variables) {
        Task processTask = task.getProcessInstanceId() == null ? null
                : processTasks.createTaskQuery().processInstanceId(task.getProcessInstanceId())
                        .taskDefinitionKey(step).singleResult();
        if (processTask == null) {
            throw new BusinessRuleException("rectification.error.stale");
        }
        try {
            processTasks.complete(processTask.getId(), variables);
        } catch (FlowableObjectNotFoundException | FlowableOptimisticLockingException e) {
            // Someone else (or the deadline timer) moved the process at the same moment: nothing of this step is kept.
            throw new BusinessRuleException("rectification.error.stale");
        }
    }

    private void start(RectificationTask task) {
        long jurisdictionId = directory.jurisdictionOfPark(task.getParkId())
                .orElseThrow(() -> new BusinessRuleException("park.error.notFound", task.getParkId()));
        Map<String, Object> variables = new HashMap<>();
        variables.put("taskId", task.getId());
        variables.put("parkId", task.getParkId());
        variables.put("jurisdictionId", jurisdictionId);
        variables.put("staffGroup", AppRole.STAFF.candidateGroup(task.getParkId()));
        variables.put("managerGroup", AppRole.MANAGER.candidateGroup(jurisdictionId));
        variables.put("deadlineAt", RectificationProcess.deadlineAt(task.getDeadline(), clock.getZone()));
        ProcessInstance instance = runtime.startProcessInstanceByKey(RectificationProcess.PROCESS_KEY,
                RectificationProcess.BUSINESS_KEY_PREFIX + task.getId(), variables);
        task.startedAs(instance.getId());
    }
}
