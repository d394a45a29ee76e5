package ecopark.desk.service;

/** Where a park's report of the desk's year stands, as the province follows it. */
public enum DeskState {
    /** The park has not opened a report of the year. */
    NOT_STARTED,
    /** Drafting, never submitted (or withdrawn to draft). */
    DRAFTING,
    /** Submitted, no review step open yet. */
    SUBMITTED,
    /** A review step is open: see the row's stage and bureau. */
    IN_REVIEW,
    /** Returned to the park for revision. */
    RETURNED,
    /** Approved (or published). */
    APPROVED;

    /** Whether the park still owes its report: what lateness and 催办 are about. */
    public boolean owed() {
        return this == NOT_STARTED || this == DRAFTING || this == RETURNED;
    }

    public String labelKey() {
        return "desk.state." + name();
    }
}
