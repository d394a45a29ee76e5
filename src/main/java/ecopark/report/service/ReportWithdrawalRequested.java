package ecopark.report.service;

/** Staff want their unclaimed submission back; review decides whether that is still possible. */
public record ReportWithdrawalRequested(long reportId) {
}
