package ecopark.security.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
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
 * <p>Kept in memory, per application node: behind a load balancer with several nodes an attacker gets one attempt
 * per spacing per node, which still slows guessing by orders of magnitude.
 */
@Component
class SignInThrottle {

    static final int FREE_FAILURES = 5;
    static final Duration SPACING = Duration.ofSeconds(30);
    static final Duration FORGET_AFTER = Duration.ofMinutes(15);
    /** Beyond this many remembered keys, those already forgotten are swept out (bounds memory under a flood). */
    private static final int SWEEP_ABOVE = 10_000;

    /** Attempts not (yet) known to be right, and when the last one was let through. */
    private record Attempts(int count, Instant last) {
    }

    private final Map<String, Attempts> attempts = new ConcurrentHashMap<>();
    private final Clock clock;

    SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    /**
     * Lets an attempt through and counts it, or says how long it must wait (and counts nothing). The address is
     * checked first, so that an attacker's slowed address does not use up the account's next attempt; null means an
     * unknown address.
     */
    Optional<Duration> acquire(String username, String address) {
        Instant now = clock.instant();
        if (attempts.size() > SWEEP_ABOVE) {
            attempts.values().removeIf(a -> forgotten(a, now));
        }
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

    /** True when the account or the address has just reached the count from which it is slowed. */
    boolean startsSlowing(String username, String address) {
        return count(accountKey(username)) == FREE_FAILURES || count(addressKey(address)) == FREE_FAILURES;
    }

    /** The password was right: the account's failures are forgotten, the address gets this attempt back. */
    void succeeded(String username, String address) {
        attempts.remove(accountKey(username));
        giveBack(addressKey(address));
    }

    /** The attempt failed for another reason than a wrong password (a disabled account, a database fault). */
    void notAGuess(String username, String address) {
        giveBack(accountKey(username));
        giveBack(addressKey(address));
    }

    private Optional<Duration> take(String key, Instant now) {
        if (key == null) {
            return Optional.empty();
        }
        Duration[] wait = {Duration.ZERO};
        attempts.compute(key, (k, a) -> {
            if (a == null || forgotten(a, now)) {
                return new Attempts(1, now);
            }
            Duration left = Duration.between(now, a.last().plus(SPACING));
            if (a.count() >= FREE_FAILURES && !left.isNegative() && !left.isZero()) {
                wait[0] = left;
                return a;
            }
            return new Attempts(a.count() + 1, now);
        });
        return !wait[0].isZero() ? Optional.of(wait[0]) : Optional.empty();
    }

    private void giveBack(String key) {
        if (key != null) {
            attempts.computeIfPresent(key, (k, a) -> a.count() <= 1 ? null : new Attempts(a.count() - 1, a.last()));
        }
    }

    private int count(String key) {
        Attempts a = key == null ? null : attempts.get(key);
        return a == null ? 0 : a.count();
    }

    private static boolean forgotten(Attempts a, Instant now) {
        return !a.last().plus(FORGET_AFTER).isAfter(now);
    }

    private static String accountKey(String username) {
        return "account:" + (username == null ? "" : username.trim().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return address == null || address.isBlank() ? null : "address:" + address;
    }
}
