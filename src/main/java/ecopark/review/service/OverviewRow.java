package ecopark.review.service;

import ecopark.report.domain.ReportStatus;
import ecopark.report.service.ReportProgress;
import ecopark.review.domain.ReviewStage;
import java.time.Instant;

/**
 * A report as the managers' overview lists it: whose, which year, its status and progress, and while a review step
 * is open who holds it (null while waiting), by when, and the stage with the bureau deciding it (null otherwise).
 */
public record OverviewRow(long reportId, String parkName, int year, ReportStatus status, ReportProgress progress,
        String holderName, boolean waiting, Instant since, Instant due, boolean overdue, ReviewStage stage,
        String stageBureau) {
}
