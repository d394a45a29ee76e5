package ecopark.report.service;

/**
 * The review process published a report: the approved revision becomes the public form. Listeners freeze it in the
 * same transaction, so a failure to freeze rolls the publication back. {@code form} is that revision's snapshot, as
 * the report feature read it for publishing, so that listeners need not read it again.
 */
public record ReportPublished(long reportId, long parkId, int year, int revisionNumber, ReportSnapshot form) {
}
