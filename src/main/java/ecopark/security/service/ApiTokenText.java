package ecopark.security.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of an API token, {@code ecp_<prefix>_<secret>}: a prefix of 40 random bits that finds the token and is
 * shown for recognition, and a secret of 256 random bits, both in lower-case base32 (letters and digits only, so a
 * double click selects the whole token). The secret is that strong, so a single SHA-256 is a safe way to keep it —
 * BCrypt's slowness protects guessable passwords, and would cost every API call tens of milliseconds for nothing.
 */
record ApiTokenText(String prefix, String secret) {

    static final String SCHEME = "ecp_";
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz234567";
    private static final int PREFIX_BYTES = 5;
    private static final int SECRET_BYTES = 32;
    private static final Pattern FORMAT = Pattern.compile("ecp_([a-z2-7]{8})_([a-z2-7]{52})");
    private static final SecureRandom RANDOM = new SecureRandom();

    static ApiTokenText generate() {
        return new ApiTokenText(random(PREFIX_BYTES), random(SECRET_BYTES));
    }

    /** The token a client presented, or empty when it has not even the token's shape. */
    static Optional<ApiTokenText> parse(String presented) {
        if (presented == null) {
            return Optional.empty();
        }
        Matcher m = FORMAT.matcher(presented.strip());
        return m.matches() ? Optional.of(new ApiTokenText(m.group(1), m.group(2))) : Optional.empty();
    }

    /** The whole token, as the client sends it; shown once, when it is issued. */
    String text() {
        return SCHEME + prefix + "_" + secret;
    }

    /** What the database keeps: the SHA-256 of the secret, hex-encoded. */
    String secretHash() {
        return HexFormat.of().formatHex(sha256(secret));
    }

    /** Whether this secret is the one whose hash was kept, in time that does not depend on where they differ. */
    boolean matches(String storedHash) {
        return storedHash != null && MessageDigest.isEqual(secretHash().getBytes(StandardCharsets.US_ASCII),
                storedHash.getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public String toString() {
        return SCHEME + prefix + "_…"; // never the secret, e.g. in a log line
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** Random bytes in base32 without padding: 5 bytes make 8 characters, 32 bytes 52. */
    private static String random(int bytes) {
        byte[] data = new byte[bytes];
        RANDOM.nextBytes(data);
        StringBuilder out = new StringBuilder();
        int buffer = 0;
        int bits = 0;
        for (byte b : data) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                out.append(ALPHABET.charAt((buffer >> (bits - 5)) & 31));
                bits -= 5;
            }
        }
        if (bits > 0) {
            out.append(ALPHABET.charAt((buffer << (5 - bits)) & 31));
        }
        return out.toString();
    }
}
