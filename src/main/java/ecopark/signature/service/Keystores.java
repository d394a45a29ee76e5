package ecopark.signature.service;

import ecopark.base.domain.BusinessRuleException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.pkcs.Pfx;

/**
 * Opens a PKCS#12 keystore and checks that it can sign: a PKCS#12 file at all, the right password, exactly one
 * private key with its certificate, an RSA or EC key that matches the certificate, a certificate valid now and meant
 * for signatures. Each refusal is a translated message for the upload field or the password field.
 */
final class Keystores {

    /** A PKCS#12 file is a few kilobytes; anything far larger is something else. */
    static final int MAX_BYTES = 256 * 1024;

    /** The key and its certificate chain, signer's certificate first. */
    record Unlocked(PrivateKey key, List<X509Certificate> chain) {

        X509Certificate certificate() {
            return chain.get(0);
        }
    }

    private Keystores() {
    }

    /** Opens an uploaded keystore; refuses what cannot sign now (messages under {@code signature.error.*}). */
    static Unlocked check(byte[] keystore, String password, Instant now, ZoneId zone) {
        if (keystore == null || keystore.length == 0) {
            throw new BusinessRuleException("signature.error.keystoreMissing");
        }
        if (keystore.length > MAX_BYTES) {
            throw new BusinessRuleException("signature.error.keystoreTooLarge", MAX_BYTES / 1024);
        }
        if (!isPkcs12(keystore)) {
            throw new BusinessRuleException("signature.error.notPkcs12");
        }
        Unlocked unlocked = open(keystore, password == null ? "" : password);
        X509Certificate certificate = unlocked.certificate();
        if (now.isAfter(certificate.getNotAfter().toInstant())) {
            throw new BusinessRuleException("signature.error.expired",
                    certificate.getNotAfter().toInstant().atZone(zone).toLocalDate().toString());
        }
        if (now.isBefore(certificate.getNotBefore().toInstant())) {
            throw new BusinessRuleException("signature.error.notYetValid",
                    certificate.getNotBefore().toInstant().atZone(zone).toLocalDate().toString());
        }
        if (!Certificates.usableForSigning(certificate)) {
            throw new BusinessRuleException("signature.error.keyUsage");
        }
        if (!matches(unlocked)) {
            throw new BusinessRuleException("signature.error.keyMismatch");
        }
        return unlocked;
    }

    /** Opens a stored keystore, checked when it was installed. */
    static Unlocked open(byte[] keystore, String password) {
        char[] secret = password.toCharArray();
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(new ByteArrayInputStream(keystore), secret);
            List<String> keyAliases = new ArrayList<>();
            for (String alias : Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias)) {
                    keyAliases.add(alias);
                }
            }
            if (keyAliases.isEmpty()) {
                throw new BusinessRuleException("signature.error.noPrivateKey");
            }
            if (keyAliases.size() > 1) {
                throw new BusinessRuleException("signature.error.severalKeys", keyAliases.size());
            }
            String alias = keyAliases.get(0);
            if (!(store.getKey(alias, secret) instanceof PrivateKey key)) {
                throw new BusinessRuleException("signature.error.noPrivateKey");
            }
            Certificate[] chain = store.getCertificateChain(alias);
            if (chain == null || chain.length == 0 || !(chain[0] instanceof X509Certificate)) {
                throw new BusinessRuleException("signature.error.noCertificate");
            }
            if (!"RSA".equals(key.getAlgorithm()) && !"EC".equals(key.getAlgorithm())) {
                throw new BusinessRuleException("signature.error.keyAlgorithm", key.getAlgorithm());
            }
            return new Unlocked(key, Arrays.stream(chain).map(X509Certificate.class::cast).toList());
        } catch (UnrecoverableKeyException e) {
            throw new BusinessRuleException("signature.error.wrongPassword");
        } catch (IOException e) {
            // The JDK reports a wrong password as an IOException caused by UnrecoverableKeyException (or a bad MAC).
            if (e.getCause() instanceof UnrecoverableKeyException || String.valueOf(e.getMessage()).contains("password")) {
                throw new BusinessRuleException("signature.error.wrongPassword");
            }
            throw new BusinessRuleException("signature.error.keystoreUnreadable");
        } catch (GeneralSecurityException | RuntimeException e) {
            if (e instanceof BusinessRuleException rule) {
                throw rule;
            }
            throw new BusinessRuleException("signature.error.keystoreUnreadable");
        } finally {
            Arrays.fill(secret, '\0');
        }
    }

    /** Whether the bytes are a PKCS#12 structure (PFX), before any password is tried. */
    static boolean isPkcs12(byte[] bytes) {
        try {
            Pfx pfx = Pfx.getInstance(ASN1Primitive.fromByteArray(bytes));
            return pfx != null && pfx.getAuthSafe() != null;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Signs a probe and verifies it with the certificate: the key belongs to it. */
    private static boolean matches(Unlocked unlocked) {
        try {
            String algorithm = CmsSignatures.signatureAlgorithm(unlocked.key());
            byte[] probe = "ecopark key probe".getBytes(StandardCharsets.UTF_8);
            Signature signer = Signature.getInstance(algorithm);
            signer.initSign(unlocked.key());
            signer.update(probe);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance(algorithm);
            verifier.initVerify(unlocked.certificate().getPublicKey());
            verifier.update(probe);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
