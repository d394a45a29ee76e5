package ecopark.rectification.domain;

/**
 * The lifecycle of a rectification task (docs/product.md): open → in progress → completed and awaiting verification →
 * verified and closed (销号) by a manager, or returned to the park with a reason, which then works on it again.
 * Whether a task is overdue is not a status: it follows from the deadline and today's date.
 */
@org.springframework.modulith.NamedInterface("domain")
public enum TaskStatus {
    OPEN,
    IN_PROGRESS,
    RETURNED,
    AWAITING_VERIFICATION,
    CLOSED;

    public String labelKey() {
        return "rectification.status." + name();
    }

    /** The park is still working on it: only such tasks can be late. */
    public boolean isBeingRectified() {
        return this == OPEN || this == IN_PROGRESS || this == RETURNED;
    }

    public boolean isClosed() {
        return this == CLOSED;
    }
}
