package ecopark.evaluation.service;

/** A report's sheet as a row of the evaluation list: whose, which year, which standard and the summary counts. */
public record SheetListItem(long reportId, long parkId, String parkName, int year, String standardCode,
        EvaluationSummary summary) {
}
