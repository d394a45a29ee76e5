package ecopark.security.service;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** An attempt refused unchecked because the account or the client address is being slowed ({@link SignInThrottle}). */
public class SignInThrottledException extends AuthenticationException {

    private final long retryAfterSeconds;

    public SignInThrottledException(Duration wait) {
        super("Too many failed sign-ins; retry in " + wait.toSeconds() + " s");
        this.retryAfterSeconds = Math.max(1, wait.toSeconds() + (wait.getNano() > 0 ? 1 : 0));
    }

    /** Whole seconds, rounded up, for a Retry-After header. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
