package ecopark.review.service;

import org.flowable.common.engine.api.FlowableObjectNotFoundException;
import org.flowable.common.engine.impl.interceptor.Command;
import org.flowable.common.engine.impl.interceptor.CommandContext;
import org.flowable.engine.impl.util.CommandContextUtil;
import org.flowable.task.service.impl.persistence.entity.TaskEntity;

/**
 * Takes a review task's row for a decision before anything else is written: a forced update that carries Flowable's
 * revision check and is flushed when this command ends. Of two decisions on the same task (a reviewer's two tabs)
 * the second waits here for the first to commit, then finds the row changed or gone and fails with Flowable's
 * optimistic-lock or not-found exception — before it has published, saved or notified anything. Without it the
 * second ran the whole process step and failed late, on the publication's unique key, as an error reference.
 */
final class TakeTaskForDecision implements Command<Void> {

    private final String taskId;

    TakeTaskForDecision(String taskId) {
        this.taskId = taskId;
    }

    @Override
    public Void execute(CommandContext commandContext) {
        TaskEntity task = CommandContextUtil.getTaskService(commandContext).getTask(taskId);
        if (task == null) {
            throw new FlowableObjectNotFoundException("Task " + taskId + " is gone");
        }
        task.forceUpdate();
        return null;
    }
}
