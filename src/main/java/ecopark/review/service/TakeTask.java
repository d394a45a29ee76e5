package ecopark.review.service;

import java.util.function.Consumer;
import org.flowable.common.engine.api.FlowableObjectNotFoundException;
import org.flowable.common.engine.impl.interceptor.Command;
import org.flowable.common.engine.impl.interceptor.CommandContext;
import org.flowable.engine.impl.cmd.ClaimTaskCmd;
import org.flowable.engine.impl.util.CommandContextUtil;
import org.flowable.task.api.Task;
import org.flowable.task.service.impl.persistence.entity.TaskEntity;

/**
 * Reads a review task with its process variables, lets the caller check it (access, four eyes, who holds it), and
 * takes its row — a forced update that carries Flowable's revision check — before anything else is written; for a
 * claim, the claim follows in the same command. Of two decisions or claims on the same task (a reviewer's two tabs,
 * two reviewers) the second waits at the take for the first to commit, then finds the row changed or gone and fails
 * with Flowable's optimistic-lock or not-found exception, before it has published, saved or notified anything.
 * <p>
 * One command, so that the task is read once (issue 14): the take and the claim find the task the query loaded in
 * the command's entity cache instead of reading it twice more. A claim flushes the take before it claims, so that
 * the task's row is still the first thing locked: Flowable flushes inserts before updates, and a claim's identity
 * links written before the take could make two claims at once deadlock instead of one failing cleanly. A check
 * that refuses is handed back rather than thrown inside the command, which would roll back nothing more but be
 * logged by the engine as an error.
 */
final class TakeTask implements Command<TakeTask.Taken> {

    private final String taskId;
    private final Consumer<Task> check;
    private final String claimant;

    private TakeTask(String taskId, Consumer<Task> check, String claimant) {
        this.taskId = taskId;
        this.check = check;
        this.claimant = claimant;
    }

    /** Takes the task for a decision once {@code check} accepts it. */
    static TakeTask forDecision(String taskId, Consumer<Task> check) {
        return new TakeTask(taskId, check, null);
    }

    /** Takes the task and claims it for {@code username} once {@code check} accepts it. */
    static TakeTask forClaim(String taskId, Consumer<Task> check, String username) {
        return new TakeTask(taskId, check, username);
    }

    /** The task as read (with its process variables), or the refusal of the check. */
    record Taken(Task task, RuntimeException refusal) {

        Task orThrow() {
            if (refusal != null) {
                throw refusal;
            }
            return task;
        }
    }

    @Override
    public Taken execute(CommandContext commandContext) {
        Task task = CommandContextUtil.getProcessEngineConfiguration(commandContext).getTaskService()
                .createTaskQuery().taskId(taskId).includeProcessVariables().singleResult();
        if (task == null) {
            throw new FlowableObjectNotFoundException("Task " + taskId + " is gone");
        }
        try {
            check.accept(task);
        } catch (RuntimeException refused) {
            return new Taken(task, refused);
        }
        TaskEntity row = CommandContextUtil.getTaskService(commandContext).getTask(taskId);
        if (row == null) {
            throw new FlowableObjectNotFoundException("Task " + taskId + " is gone");
        }
        row.forceUpdate();
        if (claimant != null) {
            CommandContextUtil.getDbSqlSession(commandContext).flush();
            new ClaimTaskCmd(taskId, claimant).execute(commandContext);
        }
        return new Taken(task, null);
    }
}
