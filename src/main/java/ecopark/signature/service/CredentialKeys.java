package ecopark.signature.service;

import ecopark.base.domain.BusinessRuleException;
import ecopark.signature.domain.SigningCredential;
import ecopark.signature.domain.SigningCredentialRepository;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stored credentials as the feature's services use them: a jurisdiction's key unlocked for signing, a
 * certificate looked up for verifying, a checked keystore stored in place of the jurisdiction's current one. Not
 * user-secured: the public services in this package decide who may reach each of these.
 */
@Component
class CredentialKeys {

    private final SigningCredentialRepository credentials;
    private final PasswordSeal seal;

    CredentialKeys(SigningCredentialRepository credentials, PasswordSeal seal) {
        this.credentials = credentials;
        this.seal = seal;
    }

    /** The jurisdiction's key and certificate chain, ready to sign; refused without a usable credential. */
    @Transactional(readOnly = true)
    Keystores.Unlocked unlock(long jurisdictionId) {
        SigningCredential credential = credentials.findByCurrentFor(jurisdictionId)
                .orElseThrow(() -> new BusinessRuleException("signature.error.noCredential"));
        String password = seal.open(credential.getSealedPassword(), context(jurisdictionId,
                credential.getFingerprint()));
        return Keystores.open(credential.getKeystore(), password);
    }

    /** Every credential, current or replaced, with this certificate; the newest first. */
    @Transactional(readOnly = true)
    List<SigningCredential> withFingerprint(String fingerprint) {
        return credentials.findByFingerprintOrderByIdDesc(fingerprint);
    }

    @Transactional(readOnly = true)
    List<SigningCredential> current() {
        return credentials.findByCurrentForIsNotNull();
    }

    @Transactional(readOnly = true)
    Optional<SigningCredential> currentOf(long jurisdictionId) {
        return credentials.findByCurrentFor(jurisdictionId);
    }

    @Transactional(readOnly = true)
    List<SigningCredential> all() {
        return credentials.findAll();
    }

    /**
     * Stores a checked keystore as the jurisdiction's current credential; the one before it keeps only its
     * certificate. The replaced row is written first, so the unique key on current_for holds throughout.
     */
    @Transactional
    SigningCredential store(long jurisdictionId, byte[] keystore, String password, X509Certificate certificate,
            Instant now, String installedBy) {
        if (!seal.configured()) {
            throw new BusinessRuleException("signature.error.noSecret");
        }
        credentials.findByCurrentFor(jurisdictionId).ifPresent(previous -> {
            previous.replace(now);
            credentials.saveAndFlush(previous);
        });
        SigningCredential.CertificateFacts facts = Certificates.facts(certificate);
        String sealed = seal.seal(password, context(jurisdictionId, facts.fingerprint()));
        return credentials.saveAndFlush(new SigningCredential(jurisdictionId, keystore, sealed,
                Certificates.encoded(certificate), facts, now, installedBy));
    }

    /** The associated data of a sealed password: it opens only for its own jurisdiction and certificate. */
    private static String context(long jurisdictionId, String fingerprint) {
        return "signing-credential:" + jurisdictionId + ":" + fingerprint;
    }
}
