package ecopark.report.service;

import java.time.Instant;
import java.util.List;

/**
 * The reviewers' comments on a report, for its staff revising it. Implemented by the review feature, so that
 * report does not depend on review.
 */
public interface ReviewFeedback {

    /** Comments on the report, oldest first; the caller has checked that the user may see the report. */
    List<Item> forReport(long reportId);

    /** One comment: who, at which stage (a translation key) and revision, on which part of the form, what. */
    record Item(String authorName, String stageKey, int revisionNumber, String anchor, String body, Instant createdAt) {
    }
}
