package ecopark.report.service;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the review feature tells about a report: the reviewers' comments, for its staff revising it, and where the
 * report stands in review. Implemented by the review feature, so that report does not depend on review.
 */
public interface ReviewFeedback {

    /** Comments on the report, oldest first; the caller has checked that the user may see the report. */
    List<Item> forReport(long reportId);

    /**
     * Where the report is in review while a review step is open (初审 or 复核): empty when no reviewer step waits.
     * The caller has checked that the user may see the report.
     */
    Optional<Position> position(long reportId);

    /**
     * A review step as the park sees it: the stage (a translation key), who holds it (null while nobody has taken
     * it), since when (taken, or else waiting), the due date (or null) and whether it has passed.
     */
    record Position(String stageKey, String holderName, Instant since, Instant due, boolean overdue) {
    }

    /** One comment: who, at which stage (a translation key) and revision, on which part of the form, what. */
    record Item(String authorName, String stageKey, int revisionNumber, String anchor, String body, Instant createdAt) {
    }
}
