package ecopark.review.service;

import ecopark.report.service.RevisionView;
import ecopark.review.domain.ReviewDecision;
import ecopark.review.domain.ReviewStage;
import java.time.Instant;

/**
 * A review decision as a record read afterwards (已办): what was decided on which revision at which stage, by whom
 * and when, the comment sent with it (null when none), and the revision itself.
 */
public record DecisionRecord(long decisionId, long reportId, String parkName, int year, ReviewStage stage,
        ReviewDecision.Outcome outcome, String reviewer, String reviewerName, Instant decidedAt, String comment,
        RevisionView revision) {
}
