package ecopark.review.service;

import ecopark.review.domain.ReviewDecision;
import ecopark.review.domain.ReviewStage;
import java.time.Instant;

/**
 * A decision the reviewer took, as the done list (已办) shows it; {@code decisionId} opens its record;
 * {@code stageBureau} names the bureau of the stage decided.
 */
public record ReviewDoneItem(long decisionId, long reportId, String parkName, int year, int revisionNumber, ReviewStage stage,
        ReviewDecision.Outcome outcome, Instant decidedAt, String stageBureau) {
}
