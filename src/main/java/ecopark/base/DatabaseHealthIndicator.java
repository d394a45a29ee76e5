package ecopark.base;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.jdbc.DataSourceHealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The {@code db} part of {@code /actuator/health}, answering within {@code ecopark.health.database-timeout} (2 s)
 * however the database fails: Spring's own check waits for a pool connection (up to Hikari's connection timeout) and
 * then for the query, so a database that is away made the health endpoint hang instead of saying DOWN. The check
 * runs beside the request; a check still running is shared by the next requests, so a hung database holds at most
 * one thread.
 */
@Component("dbHealthIndicator")
class DatabaseHealthIndicator implements HealthIndicator {

    private final DataSourceHealthIndicator check;
    private final Duration timeout;
    private CompletableFuture<Health> running;

    DatabaseHealthIndicator(DataSource dataSource,
            @Value("${ecopark.health.database-timeout:2s}") Duration timeout) {
        this.check = new DataSourceHealthIndicator(dataSource);
        this.timeout = timeout;
    }

    @Override
    public Health health() {
        CompletableFuture<Health> current = current();
        try {
            return current.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return Health.down().withDetail("error", "No answer from the database within " + timeout.toMillis()
                    + " ms").build();
        } catch (ExecutionException e) {
            return Health.down(e.getCause() instanceof Exception cause ? cause : e).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Health.down(e).build();
        }
    }

    private synchronized CompletableFuture<Health> current() {
        if (running == null || running.isDone()) {
            running = CompletableFuture.supplyAsync(check::health, runnable -> {
                Thread thread = new Thread(runnable, "db-health-check");
                thread.setDaemon(true);
                thread.start();
            });
        }
        return running;
    }
}
