package ecopark.report.service;

import ecopark.report.domain.ReportStatus;
import java.time.Instant;

/** A report as a row of a list: whose, which year, where it stands (status and review stage), who changed it last. */
public record ReportListItem(long id, long parkId, String parkName, int year, ReportStatus status, String reviewStage,
        Instant updatedAt,
        String updatedBy) {
}
