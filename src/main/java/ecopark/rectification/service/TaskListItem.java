package ecopark.rectification.service;

import ecopark.rectification.domain.RectificationSource;
import ecopark.rectification.domain.TaskStatus;
import java.time.LocalDate;

/** A task as a row of the list and of the export. */
public record TaskListItem(long id, long parkId, String parkName, RectificationSource source, Long roundId,
        String roundName, String title, String responsibleUnit, String responsiblePerson, LocalDate assignedOn,
        LocalDate deadline, TaskStatus status, int progressPercent, boolean overdue, boolean dueSoon,
        LocalDate closedOn) {
}
