package ecopark.report.domain;

/** Where a report is in its life: drafted by the park, in review at the bureau, or public. */
public enum ReportStatus {
    DRAFT,
    SUBMITTED,
    IN_REVIEW,
    RETURNED,
    APPROVED,
    PUBLISHED;

    /** docs/product.md: staff edit only while drafting or after a return; submitted and published reports are read-only. */
    public boolean isEditable() {
        return this == DRAFT || this == RETURNED;
    }

    public String labelKey() {
        return "report.status." + name();
    }
}
