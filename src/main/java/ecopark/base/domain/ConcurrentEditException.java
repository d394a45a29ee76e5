package ecopark.base.domain;

/**
 * Someone else saved the record since the user opened it (its {@code @Version} moved on). The save is refused,
 * so neither edit silently overwrites the other; the form keeps what the user typed.
 */
public class ConcurrentEditException extends BusinessRuleException {

    public ConcurrentEditException() {
        super("error.concurrentEdit");
    }

    /** Refuses the save when the version the user edited is not the stored one. */
    public static void requireSameVersion(long edited, long stored) {
        if (edited != stored) {
            throw new ConcurrentEditException();
        }
    }
}
