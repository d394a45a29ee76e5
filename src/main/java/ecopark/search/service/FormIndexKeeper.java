package ecopark.search.service;

import ecopark.publication.domain.Publication;
import ecopark.search.domain.FormIndex;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps this node's index equal to the publication table. A publication made on this node is indexed when its
 * transaction commits (Hibernate Search follows the entity). What other nodes publish, or write behind Hibernate's
 * back, the catch-up finds: every {@code ecopark.search.catch-up-interval} (30 s) it compares the ids and current /
 * superseded state of every publication with what the index holds, indexes what is missing or changed (a newer
 * publication, a form a correction superseded) and drops what the database no longer has. The comparison reads two
 * columns per publication and two stored fields per index document, so it stays cheap for tens of thousands of forms.
 * At start-up the index is rebuilt from the database by the mass indexer, then caught up; an administrator may rebuild
 * it again ({@link SearchIndexAdmin}). All of this runs one at a time.
 */
@Component
class FormIndexKeeper implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(FormIndexKeeper.class);
    private static final int BATCH = 200;

    private final EntityManagerFactory entityManagerFactory;
    private final TransactionTemplate transaction;
    private final Duration interval;
    private final ReentrantLock oneAtATime = new ReentrantLock();
    private ScheduledExecutorService executor;

    FormIndexKeeper(EntityManagerFactory entityManagerFactory, PlatformTransactionManager transactions,
            @Value("${ecopark.search.catch-up-interval:30s}") Duration interval) {
        this.entityManagerFactory = entityManagerFactory;
        this.transaction = new TransactionTemplate(transactions);
        this.interval = interval;
    }

    /** Purges the index and indexes every publication again; returns how many forms the index holds. */
    long rebuild() {
        oneAtATime.lock();
        try {
            long started = System.nanoTime();
            Search.mapping(entityManagerFactory).scope(Publication.class).massIndexer()
                    .purgeAllOnStart(true).threadsToLoadObjects(1).batchSizeToLoadObjects(50)
                    .startAndWait();
            catchUp();
            long count = indexed();
            log.info("Search index rebuilt: {} published forms in {} ms", count,
                    (System.nanoTime() - started) / 1_000_000);
            return count;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Rebuilding the search index was interrupted", e);
        } finally {
            oneAtATime.unlock();
        }
    }

    /**
     * Brings the index level with the database: indexes publications it lacks or holds with another state (also an id
     * held twice), removes ids the database does not have. Returns how many documents it changed.
     */
    int catchUp() {
        oneAtATime.lock();
        try {
            Integer changed = transaction.execute(status -> {
                EntityManager entityManager = EntityManagerFactoryUtils.getTransactionalEntityManager(
                        entityManagerFactory);
                SearchSession session = Search.session(entityManager);
                Map<Long, String> database = new HashMap<>();
                for (Object[] row : entityManager.createQuery(
                        "select p.id, p.supersededBy from Publication p", Object[].class).getResultList()) {
                    database.put((Long) row[0], row[1] == null ? FormIndex.CURRENT : FormIndex.SUPERSEDED);
                }
                Map<Long, String> index = new HashMap<>();
                Set<Long> twice = new HashSet<>();
                for (List<?> hit : session.search(Publication.class)
                        .select(f -> f.composite(f.id(Long.class), f.field(FormIndex.STATUS, String.class)))
                        .where(f -> f.matchAll()).fetchAllHits()) {
                    if (index.put((Long) hit.get(0), (String) hit.get(1)) != null) {
                        twice.add((Long) hit.get(0));
                    }
                }
                List<Long> stale = new ArrayList<>();
                database.forEach((id, state) -> {
                    if (!state.equals(index.get(id)) || twice.contains(id)) {
                        stale.add(id);
                    }
                });
                List<Long> gone = index.keySet().stream().filter(id -> !database.containsKey(id)).toList();
                gone.forEach(id -> session.indexingPlan().purge(Publication.class, id, null));
                for (int from = 0; from < stale.size(); from += BATCH) {
                    List<Long> ids = stale.subList(from, Math.min(stale.size(), from + BATCH));
                    entityManager.createQuery("select p from Publication p where p.id in :ids", Publication.class)
                            .setParameter("ids", ids).getResultList()
                            .forEach(p -> session.indexingPlan().addOrUpdate(p));
                    session.indexingPlan().execute();
                    entityManager.clear();
                }
                return stale.size() + gone.size();
            });
            if (changed != null && changed > 0) {
                log.info("Search index caught up: {} published forms indexed or removed", changed);
            }
            return changed == null ? 0 : changed;
        } finally {
            oneAtATime.unlock();
        }
    }

    /** How many documents the index holds. */
    long indexed() {
        return transaction.execute(status -> Search.session(
                EntityManagerFactoryUtils.getTransactionalEntityManager(entityManagerFactory))
                .search(Publication.class).where(f -> f.matchAll()).fetchTotalHitCount());
    }

    @Override
    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "search-index");
            thread.setDaemon(true);
            return thread;
        });
        executor.execute(() -> guarded("build", this::rebuild));
        executor.scheduleWithFixedDelay(() -> guarded("catch up", this::catchUp), interval.toMillis(),
                interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void guarded(String what, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            log.warn("Could not {} the search index; the next catch-up retries in {}: {}", what, interval,
                    e.toString());
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
