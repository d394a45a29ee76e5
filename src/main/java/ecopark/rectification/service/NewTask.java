package ecopark.rectification.service;

import ecopark.rectification.domain.RectificationSource;
import java.time.LocalDate;

/**
 * What registering a task needs. {@code responsibleUsername} names a park account that answers for it (optional);
 * {@code assignedOn} defaults to today.
 */
public record NewTask(long parkId, RectificationSource source, Long roundId, String title, String description,
        String responsibleUnit, String responsiblePerson, String responsibleUsername, LocalDate assignedOn,
        LocalDate deadline) {
}
