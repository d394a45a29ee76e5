package ecopark.security.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing without locking anyone out: after {@value #FREE_FAILURES} wrong passwords for an account,
 * or from a client address, that account and that address get one attempt per {@link #SPACING} (a lock would let an
 * attacker shut out the only administrator, and the real user signing in from elsewhere waits at most that long).
 * The account is keyed by the name as typed, so an unknown username is slowed exactly like a real one and the answer
 * tells nothing about which exist. A right password forgets the account's failures but not the address's (an attacker
 * with an account of their own could otherwise clear them); both are forgotten after {@link #FORGET_AFTER} without
 * an attempt.
 *
 * <p>An attempt is counted when it is let through, before its password is checked, so that parallel attempts cannot
 * slip past together; one that turns out right (or is refused for another reason) gives its count back.
 *
 * <p>The counts are rows of {@code sign_in_attempt}, taken by conditional updates, so every application node behind
 * the load balancer counts the same attempts (kept in memory, each node would give an attacker its own allowance).
 * Each statement commits on its own: a sign-in is not a transaction, and a count must hold even if the sign-in then
 * fails.
 */
@Component
class SignInThrottle {

    static final int FREE_FAILURES = 5;
    static final Duration SPACING = Duration.ofSeconds(30);
    static final Duration FORGET_AFTER = Duration.ofMinutes(15);

    private final JdbcTemplate jdbc;
    private final Clock clock;

    SignInThrottle(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Lets an attempt through and counts it, or says how long it must wait (and counts nothing). The address is
     * checked first, so that an attacker's slowed address does not use up the account's next attempt; null means an
     * unknown address.
     */
    Optional<Duration> acquire(String username, String address) {
        long now = clock.millis();
        String addressKey = addressKey(address);
        Optional<Duration> wait = take(addressKey, now);
        if (wait.isEmpty()) {
            wait = take(accountKey(username), now);
            if (wait.isPresent()) {
                giveBack(addressKey);
            }
        }
        return wait;
    }

    /**
     * A password already known to be right (accepted within the last minute) needs no count when neither the account
     * nor the address is being slowed: one read instead of four writes on every HTTP Basic request. The account's
     * failures are forgotten as after any right password. False means the attempt takes the counted way.
     */
    boolean letKnownPasswordThrough(String username, String address) {
        long now = clock.millis();
        String accountKey = accountKey(username);
        String addressKey = addressKey(address);
        List<Map<String, Object>> rows = jdbc.queryForList("select attempt_key, attempt_count, last_attempt_ms"
                + " from sign_in_attempt where attempt_key in (?, ?)", accountKey, addressKey == null ? accountKey
                : addressKey);
        boolean accountHasFailures = false;
        for (Map<String, Object> row : rows) {
            boolean forgotten = ((Number) row.get("last_attempt_ms")).longValue() <= now - FORGET_AFTER.toMillis();
            int count = ((Number) row.get("attempt_count")).intValue();
            if (!forgotten && count >= FREE_FAILURES) {
                return false;
            }
            accountHasFailures |= accountKey.equals(row.get("attempt_key")) && count > 0;
        }
        if (accountHasFailures) {
            jdbc.update("delete from sign_in_attempt where attempt_key = ?", accountKey);
        }
        return true;
    }

    /** True when the account or the address has just reached the count from which it is slowed. */
    boolean startsSlowing(String username, String address) {
        return count(accountKey(username)) == FREE_FAILURES || count(addressKey(address)) == FREE_FAILURES;
    }

    /** The password was right: the account's failures are forgotten, the address gets this attempt back. */
    void succeeded(String username, String address) {
        jdbc.update("delete from sign_in_attempt where attempt_key = ?", accountKey(username));
        giveBack(addressKey(address));
    }

    /** The attempt failed for another reason than a wrong password (a disabled account, a database fault). */
    void notAGuess(String username, String address) {
        giveBack(accountKey(username));
        giveBack(addressKey(address));
    }

    /** Rows nobody has used for {@link #FORGET_AFTER} count as nothing; they are deleted now and then. */
    @Scheduled(fixedDelayString = "PT5M", initialDelayString = "PT5M")
    void forgetQuietKeys() {
        jdbc.update("delete from sign_in_attempt where last_attempt_ms <= ?", clock.millis() - FORGET_AFTER.toMillis());
    }

    private Optional<Duration> take(String key, long now) {
        if (key == null) {
            return Optional.empty();
        }
        while (true) {
            // Through when not yet slowed, or the spacing has passed; a quiet key starts again at one.
            int taken = jdbc.update("update sign_in_attempt set attempt_count = case when last_attempt_ms <= ? then 1"
                    + " else attempt_count + 1 end, last_attempt_ms = ? where attempt_key = ? and (attempt_count < ?"
                    + " or last_attempt_ms <= ?)", now - FORGET_AFTER.toMillis(), now, key, FREE_FAILURES,
                    now - SPACING.toMillis());
            if (taken == 1) {
                return Optional.empty();
            }
            List<Long> last = jdbc.queryForList("select last_attempt_ms from sign_in_attempt where attempt_key = ?",
                    Long.class, key);
            if (!last.isEmpty()) {
                long left = last.get(0) + SPACING.toMillis() - now;
                if (left > 0) {
                    return Optional.of(Duration.ofMillis(left));
                }
                continue; // let through meanwhile by another attempt's update: try again
            }
            try {
                jdbc.update("insert into sign_in_attempt (attempt_key, attempt_count, last_attempt_ms) values (?, 1, ?)",
                        key, now);
                return Optional.empty();
            } catch (DuplicateKeyException raced) {
                // Another node's or thread's first attempt made the row: counted through the update above.
            }
        }
    }

    private void giveBack(String key) {
        if (key != null) {
            jdbc.update("update sign_in_attempt set attempt_count = attempt_count - 1 where attempt_key = ?"
                    + " and attempt_count > 0", key);
        }
    }

    private int count(String key) {
        if (key == null) {
            return 0;
        }
        List<Integer> count = jdbc.queryForList("select attempt_count from sign_in_attempt where attempt_key = ?",
                Integer.class, key);
        return count.isEmpty() ? 0 : count.get(0);
    }

    private static String accountKey(String username) {
        return hash("account:" + (username == null ? "" : username.trim().toLowerCase(Locale.ROOT)));
    }

    private static String addressKey(String address) {
        return address == null || address.isBlank() ? null : hash("address:" + address);
    }

    private static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
