package ecopark.rectification.service;

/**
 * What a list or a dashboard figure asks for: a state derived from status, deadline and today. "Overdue" and "due
 * soon" are computed from the deadline, so they are always current.
 */
public enum TaskState {
    ALL,
    /** Not closed yet (销号 outstanding), including tasks awaiting verification. */
    OPEN,
    /** Still being rectified and past the deadline. */
    OVERDUE,
    /** Still being rectified, deadline within {@link TaskQueries#DUE_SOON_DAYS} days. */
    DUE_SOON,
    AWAITING_VERIFICATION,
    CLOSED;

    public String labelKey() {
        return "rectification.state." + name();
    }
}
