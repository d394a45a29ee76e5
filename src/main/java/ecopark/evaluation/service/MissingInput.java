package ecopark.evaluation.service;

/** A value the evaluation needed and did not find; {@code statistic} is null for a value entered on the sheet. */
public record MissingInput(int year, String statistic) {
}
