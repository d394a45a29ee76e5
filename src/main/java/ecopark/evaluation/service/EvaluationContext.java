package ecopark.evaluation.service;

import ecopark.park.domain.WaterRegion;

/** What the evaluator needs to know about the report and its park besides the sheet and the statistics. */
public record EvaluationContext(long reportId, long parkId, int year, int baseYear, WaterRegion waterRegion) {
}
