package ecopark.base;

/**
 * A production-safety rule the data or settings break at start (demo accounts, a known password, a first
 * administrator that cannot be created); {@link ProductionStartFailureAnalyzer} prints its message as one line and
 * the start fails.
 */
public class StartupRefusedException extends RuntimeException {

    private final String action;

    public StartupRefusedException(String message, String action) {
        super(message);
        this.action = action;
    }

    public String getAction() {
        return action;
    }
}
