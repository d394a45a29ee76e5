package ecopark.evaluation.service;

/** A category (column one) of a standard's indicator table. */
public record CategorySpec(long id, String code, LocalizedText name, int sortOrder) {
}
