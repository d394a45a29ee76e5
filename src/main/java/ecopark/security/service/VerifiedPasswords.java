package ecopark.security.service;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Username-and-password pairs that BCrypt accepted within the last {@link #REMEMBER_FOR}, so that an integration
 * signing in with HTTP Basic on every request pays BCrypt's ~75 ms once a minute, not on every call. A pair is
 * remembered together with the password hash it was checked against: a changed or reset password no longer matches
 * the account's stored hash and is checked afresh at once, on every node. The account itself (enabled, role) is read
 * on every request as before.
 *
 * <p>The key is an HMAC-SHA-256 of the pair under a random key made at start and kept only in memory, so what is
 * remembered cannot be turned back into passwords without that key. Only right passwords are remembered: a guess
 * never shortens its own BCrypt check, and the {@link SignInThrottle} is asked before this memory is.
 */
@Component
class VerifiedPasswords {

    static final Duration REMEMBER_FOR = Duration.ofMinutes(1);
    /** Beyond this many remembered pairs, the expired ones are swept out, and all of them if that is not enough. */
    private static final int SWEEP_ABOVE = 10_000;

    private record Verified(String passwordHash, Instant until) {
    }

    private final Map<String, Verified> verified = new ConcurrentHashMap<>();
    private final SecretKeySpec key;
    private final Clock clock;

    VerifiedPasswords(Clock clock) {
        this.clock = clock;
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        this.key = new SecretKeySpec(random, "HmacSHA256");
    }

    /** The password hash this pair was accepted against within the last minute, if it was. */
    Optional<String> acceptedAgainst(String username, String password) {
        Verified entry = verified.get(pairKey(username, password));
        return entry != null && entry.until().isAfter(clock.instant()) ? Optional.of(entry.passwordHash())
                : Optional.empty();
    }

    /** Whether the hash the pair was accepted against is the account's hash now, compared in constant time. */
    static boolean sameHash(String accepted, String current) {
        return current != null && MessageDigest.isEqual(accepted.getBytes(StandardCharsets.UTF_8),
                current.getBytes(StandardCharsets.UTF_8));
    }

    /** BCrypt accepted the pair against this password hash. */
    void remember(String username, String password, String passwordHash) {
        Instant now = clock.instant();
        if (verified.size() > SWEEP_ABOVE) {
            verified.values().removeIf(v -> !v.until().isAfter(now));
            if (verified.size() > SWEEP_ABOVE) {
                verified.clear();
            }
        }
        verified.put(pairKey(username, password), new Verified(passwordHash, now.plus(REMEMBER_FOR)));
    }

    private String pairKey(String username, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return HexFormat.of().formatHex(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime has HmacSHA256", e);
        }
    }
}
