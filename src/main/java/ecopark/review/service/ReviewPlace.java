package ecopark.review.service;

/**
 * Where a report waits in review: the stage of its open review task (a translation key: 预审, 初审 or 复核) and the
 * bureau that decides it, as the report's route says.
 */
public record ReviewPlace(long reportId, String stageKey, String bureau) {
}
