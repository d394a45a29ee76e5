package ecopark.evaluation.service;

/**
 * A report's sheet evaluated, with the catalogue it was evaluated against and the sheet's reason for a selection that
 * differs from the year before, all from one read of the sheet.
 */
public record EvaluatedSheet(Catalogue catalogue, EvaluationResult result, String selectionChangeReason) {
}
