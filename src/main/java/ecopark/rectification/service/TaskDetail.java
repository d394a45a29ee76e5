package ecopark.rectification.service;

import ecopark.rectification.domain.RectificationSource;
import ecopark.rectification.domain.TaskStatus;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One task as its page shows it, with what the current user may do with it (the service checks again on every
 * action; these flags only decide which buttons to offer).
 */
public record TaskDetail(long id, long version, long parkId, String parkName, RectificationSource source,
        Long roundId, String roundName, String title, String description, String responsibleUnit,
        String responsiblePerson, String responsibleUsername, LocalDate assignedOn, LocalDate deadline,
        TaskStatus status, int progressPercent, String progressNote, boolean overdue, LocalDate completedOn,
        LocalDate closedOn, String closedBy, String returnReason, Long reportId, String indicatorCode,
        ExtensionItem pendingExtension, String createdBy, Instant createdAt, String updatedBy, Instant updatedAt,
        Permissions may) {

    /** What the current user may do with the task now. */
    public record Permissions(boolean edit, boolean updateProgress, boolean uploadEvidence, boolean markDone,
            boolean requestExtension, boolean verify, boolean decideExtension) {
    }
}
