package ecopark.search.service;

import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.hibernate.search.engine.reporting.EntityIndexingFailureContext;
import org.hibernate.search.engine.reporting.FailureContext;
import org.hibernate.search.engine.reporting.FailureHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Where Hibernate Search reports what failed in the background: in production the index is written after the
 * publication's transaction has committed (asynchronous indexing), so a broken index never turns a reviewer's approval
 * into an error. The failure is logged, kept for the administrator's index page, and repaired by the next catch-up
 * ({@link FormIndexKeeper}), which indexes every publication the index lacks.
 */
@Component
class IndexFailures implements FailureHandler {

    private static final Logger log = LoggerFactory.getLogger(IndexFailures.class);

    private final Clock clock;
    private final AtomicLong count = new AtomicLong();
    private final AtomicReference<IndexFailure> last = new AtomicReference<>();

    IndexFailures(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void handle(FailureContext context) {
        record(String.valueOf(context.failingOperation()), context.throwable());
    }

    @Override
    public void handle(EntityIndexingFailureContext context) {
        record("indexing " + context.failingEntityReferences(), context.throwable());
    }

    private void record(String operation, Throwable failure) {
        count.incrementAndGet();
        last.set(new IndexFailure(clock.instant(), operation, String.valueOf(failure)));
        log.warn("The search index could not be written ({}); the form is published and the next catch-up indexes "
                + "it: {}", operation, failure.toString());
    }

    /** How many failures this node has seen since it started. */
    long count() {
        return count.get();
    }

    /** The latest failure, if any. */
    Optional<IndexFailure> last() {
        return Optional.ofNullable(last.get());
    }
}
