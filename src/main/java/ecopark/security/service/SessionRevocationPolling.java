package ecopark.security.service;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Reads {@link SessionRevocations} every {@code ecopark.sessions.revocation-poll-interval} (5 seconds): a session
 * of an account changed on another node ends within that time (docs/operations.md). One indexed query a poll; old
 * rows are deleted about once an hour. A failed poll (database briefly away) is logged and the next one retries.
 */
@Component
class SessionRevocationPolling implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SessionRevocationPolling.class);
    private static final Duration PURGE_EVERY = Duration.ofHours(1);

    private final SessionRevocations revocations;
    private final Duration interval;
    private ScheduledExecutorService executor;
    private long pollsSincePurge;

    SessionRevocationPolling(SessionRevocations revocations,
            @Value("${ecopark.sessions.revocation-poll-interval:5s}") Duration interval) {
        this.revocations = revocations;
        this.interval = interval;
    }

    @Override
    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "session-revocations");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::pollOnce, interval.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private void pollOnce() {
        try {
            revocations.poll();
            if (++pollsSincePurge * interval.toMillis() >= PURGE_EVERY.toMillis()) {
                pollsSincePurge = 0;
                revocations.purge();
            }
        } catch (RuntimeException e) {
            log.warn("Could not read the session revocations of other nodes; retrying in {}: {}", interval,
                    e.getMessage());
        }
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}
