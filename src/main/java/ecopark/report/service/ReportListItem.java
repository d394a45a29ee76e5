package ecopark.report.service;

import ecopark.report.domain.ReportStatus;
import java.time.Instant;

/** A report as a row of a list: whose, which year, where it stands, and who changed it last. */
public record ReportListItem(long id, long parkId, String parkName, int year, ReportStatus status, Instant updatedAt,
        String updatedBy) {
}
