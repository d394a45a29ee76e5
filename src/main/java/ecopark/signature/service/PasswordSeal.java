package ecopark.signature.service;

import ecopark.base.StartupRefusedException;
import ecopark.base.domain.BusinessRuleException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Seals a keystore's password with AES-256-GCM under a key derived from the setting {@code ecopark.signing.secret}
 * (HMAC-SHA256 of a fixed label), so the database alone does not give the signing keys away. The credential's
 * jurisdiction and certificate are the associated data: a sealed password copied to another row does not open.
 * Every node needs the same secret; a changed secret makes the stored credentials unusable until they are uploaded
 * again (docs/operations.md).
 */
@Component
class PasswordSeal {

    /** The default profile's published value: refused where the production safeguards are on. */
    static final String DEMO_SECRET = "demo-signing-secret-not-for-production-2026";
    static final int MIN_LENGTH = 32;

    private static final String FORMAT = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    PasswordSeal(@Value("${ecopark.signing.secret:}") String secret,
            @Value("${ecopark.startup-safety-check:false}") boolean production) {
        if (production && (DEMO_SECRET.equals(secret) || !secret.isEmpty() && secret.length() < MIN_LENGTH)) {
            throw new StartupRefusedException("Refusing to start: ecopark.signing.secret is the demo's published "
                    + "value or shorter than " + MIN_LENGTH + " characters.",
                    "Set ECOPARK_SIGNING_SECRET to a long random value, the same on every node "
                            + "(e.g. openssl rand -base64 48; see docs/operations.md).");
        }
        this.key = secret.isEmpty() ? null : new SecretKeySpec(derive(secret), "AES");
    }

    /** Whether a secret is configured; without one no credential can be installed or used. */
    boolean configured() {
        return key != null;
    }

    String seal(String password, String context) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, nonce, context);
            byte[] sealed = cipher.doFinal(password.getBytes(StandardCharsets.UTF_8));
            return FORMAT + Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length)
                    .put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    String open(String sealed, String context) {
        if (sealed == null || !sealed.startsWith(FORMAT)) {
            throw new BusinessRuleException("signature.error.secretChanged");
        }
        byte[] bytes = Base64.getDecoder().decode(sealed.substring(FORMAT.length()));
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, java.util.Arrays.copyOf(bytes, NONCE_BYTES), context);
            return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            // Another secret sealed it (or the row was tampered with): the administrator uploads the keystore again.
            throw new BusinessRuleException("signature.error.secretChanged");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    private Cipher cipher(int mode, byte[] nonce, String context) throws GeneralSecurityException {
        if (key == null) {
            throw new BusinessRuleException("signature.error.noSecret");
        }
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }

    private static byte[] derive(String secret) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return hmac.doFinal("ecopark signing-credential password v1".getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }
}
