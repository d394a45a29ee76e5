package ecopark.report.service;

import ecopark.base.domain.BusinessRuleException;
import java.time.Instant;

/** Someone else saved the report since the user opened it; names who and when, so the user can reconcile. */
public class ReportConflictException extends BusinessRuleException {

    private final String changedBy;
    private final Instant changedAt;

    public ReportConflictException(String changedBy, Instant changedAt) {
        super("report.error.conflict", changedBy, java.util.Date.from(changedAt));
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
