package ecopark.base.error;

import java.security.SecureRandom;

/**
 * The id under which one unexpected error is logged and shown to the user (错误编号), so that a support call can
 * find the stack trace. Eight characters without look-alikes (no 0/O, 1/I/L), easy to read out on the phone.
 */
public record ErrorReference(String id) {

    private static final char[] ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();
    private static final int LENGTH = 8;
    private static final SecureRandom RANDOM = new SecureRandom();

    public static ErrorReference next() {
        char[] id = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            id[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new ErrorReference(new String(id));
    }

    @Override
    public String toString() {
        return id;
    }
}
