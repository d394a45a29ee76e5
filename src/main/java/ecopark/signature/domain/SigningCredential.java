package ecopark.signature.domain;

import ecopark.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A jurisdiction's signing credential: the uploaded PKCS#12 keystore, its password sealed under the application's
 * signing secret, and what its certificate says (kept in columns so the list needs no keystore). A replaced
 * credential loses its keystore and password but keeps its certificate, so packages signed with it still name the
 * jurisdiction when verified.
 */
@Entity
@Table(name = "signing_credential")
public class SigningCredential extends AbstractEntity {

    @Column(name = "jurisdiction_id", nullable = false)
    private long jurisdictionId;

    /** The jurisdiction's id while this is its current credential, null after (one current per jurisdiction). */
    @Column(name = "current_for")
    private Long currentFor;

    @Lob
    @Column(columnDefinition = "longblob")
    private byte[] keystore;

    @Column(name = "sealed_password", length = 400)
    private String sealedPassword;

    @Lob
    @Column(nullable = false, columnDefinition = "longblob")
    private byte[] certificate;

    @Column(nullable = false, length = 1000)
    private String subject;

    @Column(nullable = false, length = 1000)
    private String issuer;

    @Column(name = "serial_number", nullable = false, length = 100)
    private String serialNumber;

    @Column(nullable = false, length = 64)
    private String fingerprint;

    @Column(name = "not_before", nullable = false)
    private Instant notBefore;

    @Column(name = "not_after", nullable = false)
    private Instant notAfter;

    @Column(name = "test_certificate", nullable = false)
    private boolean testCertificate;

    @Column(name = "installed_at", nullable = false)
    private Instant installedAt;

    @Column(name = "installed_by", nullable = false, length = 100)
    private String installedBy;

    @Column(name = "replaced_at")
    private Instant replacedAt;

    protected SigningCredential() {
    }

    public SigningCredential(long jurisdictionId, byte[] keystore, String sealedPassword, byte[] certificate,
            CertificateFacts facts, Instant installedAt, String installedBy) {
        this.jurisdictionId = jurisdictionId;
        this.currentFor = jurisdictionId;
        this.keystore = keystore.clone();
        this.sealedPassword = sealedPassword;
        this.certificate = certificate.clone();
        this.subject = facts.subject();
        this.issuer = facts.issuer();
        this.serialNumber = facts.serialNumber();
        this.fingerprint = facts.fingerprint();
        this.notBefore = facts.notBefore();
        this.notAfter = facts.notAfter();
        this.testCertificate = facts.testCertificate();
        this.installedAt = installedAt;
        this.installedBy = installedBy;
    }

    /** What the certificate says, as the columns keep it. */
    public record CertificateFacts(String subject, String issuer, String serialNumber, String fingerprint,
            Instant notBefore, Instant notAfter, boolean testCertificate) {
    }

    /** Ends this credential: its key is dropped, its certificate stays for verifying what it signed. */
    public void replace(Instant when) {
        this.currentFor = null;
        this.keystore = null;
        this.sealedPassword = null;
        this.replacedAt = when;
    }

    public boolean isCurrent() {
        return currentFor != null;
    }

    public long getJurisdictionId() {
        return jurisdictionId;
    }

    public byte[] getKeystore() {
        return keystore == null ? null : keystore.clone();
    }

    public String getSealedPassword() {
        return sealedPassword;
    }

    public byte[] getCertificate() {
        return certificate.clone();
    }

    public CertificateFacts facts() {
        return new CertificateFacts(subject, issuer, serialNumber, fingerprint, notBefore, notAfter, testCertificate);
    }

    public String getFingerprint() {
        return fingerprint;
    }

    public Instant getInstalledAt() {
        return installedAt;
    }

    public String getInstalledBy() {
        return installedBy;
    }

    public Instant getReplacedAt() {
        return replacedAt;
    }
}
