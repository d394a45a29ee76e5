package ecopark.security.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Ends a changed account's sessions on the other application nodes. Sessions live in each node's memory, so the
 * node where an administrator changes the account ({@link AccountSessions}) cannot reach those held elsewhere: it
 * writes the change to {@code session_revocation} in the change's own transaction, and every node reads the rows of
 * the last {@link #LOOKBACK} every few seconds ({@link SessionRevocationPolling}) and ends the account's sessions it
 * holds, once per row. The lookback is far longer than the poll interval so that a row is seen even when the nodes'
 * clocks differ by a minute or a transaction commits late.
 */
@Component
class SessionRevocations {

    static final Duration LOOKBACK = Duration.ofMinutes(2);
    static final Duration KEPT = Duration.ofDays(1);

    private static final Logger log = LoggerFactory.getLogger(SessionRevocations.class);

    private final JdbcTemplate jdbc;
    private final SimpleJdbcInsert insert;
    private final AccountSessions sessions;
    private final Clock clock;
    /** Rows already acted on by this node (its own, ended locally after commit, and those read), and since when. */
    private final Map<Long, Instant> handled = new ConcurrentHashMap<>();

    SessionRevocations(JdbcTemplate jdbc, AccountSessions sessions, Clock clock) {
        this.jdbc = jdbc;
        this.insert = new SimpleJdbcInsert(jdbc).withTableName("session_revocation").usingColumns("user_id",
                "revoked_at").usingGeneratedKeyColumns("id");
        this.sessions = sessions;
        this.clock = clock;
    }

    /** In the change's transaction: the row exists exactly when the change does. */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void record(AccountAccessChanged event) {
        Number id = insert.executeAndReturnKey(Map.of("user_id", event.userId(),
                "revoked_at", utcNow()));
        // This node ends the sessions itself once the change is committed (AccountSessions).
        handled.put(id.longValue(), clock.instant());
    }

    /** Ends the sessions of the accounts changed on other nodes since the last poll; returns how many ended. */
    int poll() {
        List<Revocation> recent = jdbc.query(
                "select id, user_id from session_revocation where revoked_at >= ? order by id",
                (rs, i) -> new Revocation(rs.getLong(1), rs.getLong(2)),
                utcNow().minus(LOOKBACK));
        int ended = 0;
        Instant now = clock.instant();
        for (Revocation revocation : recent) {
            if (handled.putIfAbsent(revocation.id(), now) == null) {
                int count = sessions.end(revocation.userId());
                if (count > 0) {
                    log.info("Ended {} session(s) of user {} after a change to their account on another node",
                            count, revocation.userId());
                }
                ended += count;
            }
        }
        // A row is read for one lookback after it was written; twice that covers clocks a lookback apart.
        handled.values().removeIf(since -> since.isBefore(now.minus(LOOKBACK.multipliedBy(2))));
        return ended;
    }

    /** Deletes rows no node will read again. */
    int purge() {
        return jdbc.update("delete from session_revocation where revoked_at < ?",
                utcNow().minus(KEPT));
    }

    /** Stored as UTC like every timestamp of the schema, whatever the nodes' zones. */
    private LocalDateTime utcNow() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private record Revocation(long id, long userId) {
    }
}
