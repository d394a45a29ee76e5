package ecopark.base;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.env.Environment;

/**
 * Turns "the database cannot be reached at start" into one line that names the URL, instead of pages of stack
 * trace; the application then exits non-zero as for any failed start.
 */
public class DatabaseUnreachableFailureAnalyzer implements FailureAnalyzer {

    private final Environment environment;

    public DatabaseUnreachableFailureAnalyzer(Environment environment) {
        this.environment = environment;
    }

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (isConnectionFailure(t)) {
                String url = environment.getProperty("spring.datasource.url", "(no spring.datasource.url)");
                return new FailureAnalysis(
                        "Cannot connect to the database at " + url + ": " + rootMessage(t),
                        "Check that the database server is running and reachable, and that ECOPARK_DB_URL, "
                                + "ECOPARK_DB_USER and ECOPARK_DB_PASSWORD are right (see README).",
                        t);
            }
        }
        return null;
    }

    static boolean isConnectionFailure(Throwable t) {
        if (t instanceof SQLNonTransientConnectionException || t instanceof SQLTransientConnectionException
                || t instanceof ConnectException) {
            return true;
        }
        // SQLState class 08 is "connection exception" in every driver we support.
        return t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08");
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
