package ecopark.rectification.service;

/** The describing fields of a task that its registrar may correct; the deadline moves only by an extension. */
public record TaskEdit(long expectedVersion, String title, String description, String responsibleUnit,
        String responsiblePerson, String responsibleUsername) {
}
