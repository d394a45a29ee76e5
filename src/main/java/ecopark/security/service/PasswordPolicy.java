package ecopark.security.service;

import ecopark.base.domain.BusinessRuleException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one password rule of the product, applied when an administrator creates an account or resets a password and
 * when a user changes their own: at least {@value #MIN_LENGTH} characters, with letters, digits and at least one
 * other character, not containing the username, and not one of the well-known passwords (the demo password, the
 * heads of guessing lists; {@code security/well-known-passwords.txt}, compared without regard to case). BCrypt reads
 * only the first {@value #MAX_BYTES} bytes, so a longer password is refused rather than silently cut.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_BYTES = 72;
    /** For form fields; the byte limit is the real one (a Chinese character takes three bytes). */
    public static final int MAX_LENGTH = MAX_BYTES;

    private static final String LETTERS = "ABCDEFGHJKMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz";
    private static final String DIGITS = "23456789";
    private static final String OTHERS = "#%+-=?@_";
    private static final int GENERATED_LENGTH = 12;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Set<String> WELL_KNOWN = wellKnown("/security/well-known-passwords.txt");

    private PasswordPolicy() {
    }

    /** The translation key of the first rule the password breaks, or empty when it is acceptable. */
    public static Optional<String> violation(String username, String password) {
        return shapeViolation(username, password).or(() -> WELL_KNOWN.contains(password.toLowerCase(Locale.ROOT))
                ? Optional.of("password.error.wellKnown") : Optional.empty());
    }

    /**
     * The rule without the list of well-known passwords: for the demo accounts only, whose password is published on
     * purpose (the production profile refuses demo data).
     */
    static Optional<String> shapeViolation(String username, String password) {
        if (password == null || password.isEmpty()) {
            return Optional.of("password.error.required");
        }
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("password.error.tooShort");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of("password.error.tooLong");
        }
        boolean letter = password.codePoints().anyMatch(Character::isLetter);
        boolean digit = password.codePoints().anyMatch(Character::isDigit);
        boolean other = password.codePoints().anyMatch(c -> !Character.isLetterOrDigit(c));
        if (!letter || !digit || !other) {
            return Optional.of("password.error.characterClasses");
        }
        String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        if (!name.isEmpty() && password.toLowerCase(Locale.ROOT).contains(name)) {
            return Optional.of("password.error.containsUsername");
        }
        return Optional.empty();
    }

    /** Refuses a password that breaks the rule, with the translated reason. */
    public static void require(String username, String password) {
        violation(username, password).ifPresent(key -> {
            throw new BusinessRuleException(key, MIN_LENGTH);
        });
    }

    static void requireShape(String username, String password) {
        shapeViolation(username, password).ifPresent(key -> {
            throw new BusinessRuleException(key, MIN_LENGTH);
        });
    }

    /**
     * A temporary password for a reset: {@value #GENERATED_LENGTH} characters without look-alikes (no 0/O, 1/l/I),
     * so it can be read out on the phone, and always acceptable to the rule above.
     */
    public static String generate(String username) {
        String all = LETTERS + DIGITS + OTHERS;
        while (true) {
            StringBuilder password = new StringBuilder(GENERATED_LENGTH);
            password.append(pick(LETTERS)).append(pick(DIGITS)).append(pick(OTHERS));
            while (password.length() < GENERATED_LENGTH) {
                password.append(pick(all));
            }
            shuffle(password);
            if (violation(username, password.toString()).isEmpty()) {
                return password.toString();
            }
        }
    }

    private static Set<String> wellKnown(String resource) {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static char pick(String alphabet) {
        return alphabet.charAt(RANDOM.nextInt(alphabet.length()));
    }

    private static void shuffle(StringBuilder chars) {
        for (int i = chars.length() - 1; i > 0; i--) {
            int j = RANDOM.nextInt(i + 1);
            char c = chars.charAt(i);
            chars.setCharAt(i, chars.charAt(j));
            chars.setCharAt(j, c);
        }
    }
}
