package ecopark.rectification.api;

import ecopark.rectification.domain.RectificationSource;
import ecopark.rectification.domain.TaskStatus;
import ecopark.rectification.service.TaskDetail;
import ecopark.rectification.service.TaskListItem;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/** Rectification tasks as the JSON API answers them: the registry's fields, overdue computed from today's date. */
final class RectificationTaskDtos {

    private RectificationTaskDtos() {
    }

    @Schema(name = "RectificationTaskSummary", description = "A rectification task of the registry")
    record Summary(long id, long parkId, String parkName, RectificationSource source, Long roundId, String roundName,
            String title, String responsibleUnit, String responsiblePerson, LocalDate assignedOn, LocalDate deadline,
            TaskStatus status, int progressPercent, boolean overdue, LocalDate closedOn) {

        static Summary of(TaskListItem t) {
            return new Summary(t.id(), t.parkId(), t.parkName(), t.source(), t.roundId(), t.roundName(), t.title(),
                    t.responsibleUnit(), t.responsiblePerson(), t.assignedOn(), t.deadline(), t.status(),
                    t.progressPercent(), t.overdue(), t.closedOn());
        }
    }

    @Schema(name = "RectificationTask", description = "A rectification task with its description and outcome")
    record Task(long id, long parkId, String parkName, RectificationSource source, Long roundId, String roundName,
            String title, String description, String responsibleUnit, String responsiblePerson, LocalDate assignedOn,
            LocalDate deadline, TaskStatus status, int progressPercent, String progressNote, boolean overdue,
            LocalDate completedOn, LocalDate closedOn, String returnReason, Long reportId, String indicatorCode,
            LocalDate extensionRequestedTo) {

        static Task of(TaskDetail t) {
            return new Task(t.id(), t.parkId(), t.parkName(), t.source(), t.roundId(), t.roundName(), t.title(),
                    t.description(), t.responsibleUnit(), t.responsiblePerson(), t.assignedOn(), t.deadline(),
                    t.status(), t.progressPercent(), t.progressNote(), t.overdue(), t.completedOn(), t.closedOn(),
                    t.returnReason(), t.reportId(), t.indicatorCode(),
                    t.pendingExtension() == null ? null : t.pendingExtension().requestedDeadline());
        }
    }
}
