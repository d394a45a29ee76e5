package ecopark.notification.domain;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/**
 * The outbox's claims are conditional updates: a row is claimed by the node whose update changed it, which works
 * the same on H2, MySQL and MariaDB (no {@code SKIP LOCKED} needed) and holds no lock while mail is sent.
 */
public interface OutboxMailRepository extends JpaRepository<OutboxMail, Long> {

    /** Unsent rows whose next attempt is due and that no live claim holds, oldest first. */
    @Query("""
            select m.id from OutboxMail m where m.sentAt is null and m.nextAttemptAt <= :now
            and (m.claimedUntil is null or m.claimedUntil < :now) order by m.nextAttemptAt, m.id""")
    List<Long> findDue(Instant now, Pageable page);

    /** 1 when this node now holds the row until {@code until}; 0 when it was sent or another node holds it. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update OutboxMail m set m.claimedBy = :node, m.claimedUntil = :until, m.version = m.version + 1
            where m.id = :id and m.sentAt is null and m.nextAttemptAt <= :now
            and (m.claimedUntil is null or m.claimedUntil < :now)""")
    int claim(long id, String node, Instant now, Instant until);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update OutboxMail m set m.sentAt = :at, m.attempts = m.attempts + 1, m.claimedBy = null,
            m.claimedUntil = null, m.lastError = null, m.version = m.version + 1
            where m.id = :id and m.claimedBy = :node""")
    int markSent(long id, String node, Instant at);

    /** A failed attempt: the next one at {@code next} (null: given up). */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update OutboxMail m set m.attempts = m.attempts + 1, m.nextAttemptAt = :next, m.lastError = :error,
            m.claimedBy = null, m.claimedUntil = null, m.version = m.version + 1
            where m.id = :id and m.claimedBy = :node""")
    int markFailed(long id, String node, Instant next, String error);

    long countBySentAtIsNull();
}
