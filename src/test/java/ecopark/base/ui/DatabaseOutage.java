package ecopark.base.ui;

import java.sql.SQLTransientConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

/** The exception a service call gets while the database is away: Spring's, around Hikari's pool timeout. */
public final class DatabaseOutage {

    private DatabaseOutage() {
    }

    public static RuntimeException asSpringReportsIt() {
        return new CannotCreateTransactionException("Could not open JPA EntityManager for transaction",
                new SQLTransientConnectionException(
                        "HikariPool-1 - Connection is not available, request timed out after 5000ms."));
    }
}
