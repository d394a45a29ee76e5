package ecopark.evaluation.service;

/** A yearly statistic parks enter, with its unit. */
public record StatisticSpec(String key, LocalizedText name, LocalizedText unit, int sortOrder) {
}
