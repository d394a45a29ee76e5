package ecopark.base.error;

import ecopark.base.domain.BusinessRuleException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import org.hibernate.exception.JDBCConnectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells the errors a user caused or may not do (a refused rule, a missing permission, a concurrent edit) apart from
 * bugs, and logs each bug once with its reference: {@code ERROR [ref=ABCD1234] …} plus the stack trace. The error
 * page, the Vaadin error handler and the plain HTTP error page all go through here, so the log looks the same.
 */
public final class UnexpectedErrors {

    private static final Logger log = LoggerFactory.getLogger(UnexpectedErrors.class);

    private UnexpectedErrors() {
    }

    /** Logs an unexpected error under a new reference and returns the reference to show. */
    public static ErrorReference record(String where, Throwable error) {
        ErrorReference ref = ErrorReference.next();
        log.error("[ref={}] Unexpected error {}", ref, where, error);
        return ref;
    }

    /** The business rule that refused the action, wherever it sits in the cause chain (Spring wraps it at times). */
    public static Optional<BusinessRuleException> businessRule(Throwable error) {
        return find(error, BusinessRuleException.class);
    }

    /** The user lacks a role or the park is outside their reach, or nobody is signed in any more. */
    public static boolean isAccessDenied(Throwable error) {
        return find(error, AccessDeniedException.class).isPresent()
                || find(error, AuthenticationException.class).isPresent();
    }

    /** Someone else saved the same record first (a stale {@code @Version}). */
    public static boolean isConcurrentEdit(Throwable error) {
        return find(error, OptimisticLockingFailureException.class).isPresent()
                || find(error, jakarta.persistence.OptimisticLockException.class).isPresent();
    }

    /**
     * The database could not be reached or dropped the connection (the pool timed out, the server went away). The
     * transaction was rolled back, so nothing of the action was saved; the user is told so and to try again. Still
     * logged under a reference, as the operators need to see the outage.
     */
    public static boolean isDatabaseUnavailable(Throwable error) {
        return find(error, CannotCreateTransactionException.class).isPresent()
                || find(error, DataAccessResourceFailureException.class).isPresent()
                || find(error, SQLTransientConnectionException.class).isPresent()
                || find(error, SQLNonTransientConnectionException.class).isPresent()
                || find(error, SQLRecoverableException.class).isPresent()
                || find(error, JDBCConnectionException.class).isPresent();
    }

    private static <T extends Throwable> Optional<T> find(Throwable error, Class<T> type) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }
}
