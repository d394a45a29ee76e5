package ecopark.report.service;

/** A report was submitted as a new revision; the review process starts or continues. */
public record ReportSubmitted(long reportId, long parkId, int year, int revisionNumber) {
}
