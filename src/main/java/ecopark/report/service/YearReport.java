package ecopark.report.service;

import ecopark.report.domain.ReportStatus;
import java.time.Instant;

/**
 * A park's report of one year as a desk lists it: where it stands and when it was sent.
 *
 * @param reviewStage the report's review stage as the report records it (null outside review)
 * @param firstSubmittedAt its first submission (null while never submitted): whether the park met the deadline
 * @param lastSubmittedAt its latest submission (after a return, the resubmission)
 */
public record YearReport(long reportId, long parkId, int year, ReportStatus status, String reviewStage,
        Instant firstSubmittedAt, Instant lastSubmittedAt) {
}
