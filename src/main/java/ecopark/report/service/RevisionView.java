package ecopark.report.service;

import java.time.Instant;

/** One revision of a report: its number, when and by whom it was submitted, and the form as submitted. */
public record RevisionView(long reportId, int number, Instant submittedAt, String submittedBy, ReportSnapshot form) {
}
