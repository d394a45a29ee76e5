package ecopark.signature.service;

import ecopark.base.audit.AuditAction;
import ecopark.base.audit.AuditSubject;
import ecopark.base.audit.AuditTrail;
import ecopark.park.domain.Jurisdiction;
import ecopark.park.domain.JurisdictionLevel;
import ecopark.park.service.ParkAdminService;
import ecopark.security.AppRole;
import ecopark.security.CurrentUser;
import ecopark.signature.domain.SigningCredential;
import jakarta.annotation.security.RolesAllowed;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administration of the jurisdictions' signing credentials: administrators only. An upload is checked whole
 * (a PKCS#12 file, its password, one private key, a certificate valid now and meant for signing) before anything is
 * stored, and replaces the jurisdiction's current credential; the administrator sees each jurisdiction's certificate.
 */
@Service
@Transactional
@RolesAllowed(AppRole.ADMIN_NAME)
public class SigningCredentials {

    /** The largest keystore accepted, in KB: a PKCS#12 file is a few KB. */
    public static final int MAX_KEYSTORE_KILOBYTES = Keystores.MAX_BYTES / 1024;

    private static final Logger log = LoggerFactory.getLogger(SigningCredentials.class);

    private final CredentialKeys keys;
    private final ParkAdminService jurisdictions;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    SigningCredentials(CredentialKeys keys, ParkAdminService jurisdictions, AuditTrail audit, CurrentUser currentUser,
            Clock clock) {
        this.keys = keys;
        this.jurisdictions = jurisdictions;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Every jurisdiction, by name, with its current certificate (if any). */
    @Transactional(readOnly = true)
    public List<CredentialRow> overview() {
        Map<Long, SigningCredential> current = keys.current().stream()
                .collect(Collectors.toMap(SigningCredential::getJurisdictionId, c -> c));
        Map<Long, Integer> replaced = new HashMap<>();
        keys.all().stream().filter(c -> !c.isCurrent())
                .forEach(c -> replaced.merge(c.getJurisdictionId(), 1, Integer::sum));
        return jurisdictions.allJurisdictions().stream().map(j -> {
            SigningCredential credential = current.get(j.getId());
            return new CredentialRow(j.getId(), j.getName(), j.getLevel(),
                    credential == null ? null : summary(Certificates.parse(credential.getCertificate())),
                    credential == null ? null : credential.getInstalledAt(),
                    credential == null ? null : credential.getInstalledBy(), replaced.getOrDefault(j.getId(), 0));
        }).toList();
    }

    /**
     * Installs an uploaded PKCS#12 keystore as the jurisdiction's signing credential, replacing the current one.
     * Refused, with nothing stored, when it is no PKCS#12 file, the password is wrong, it holds no (or more than
     * one) private key, or its certificate is expired, not yet valid, or not meant for signing.
     */
    public CertificateSummary install(long jurisdictionId, byte[] keystore, String password) {
        Jurisdiction jurisdiction = jurisdictions.getJurisdiction(jurisdictionId);
        Instant now = clock.instant();
        Keystores.Unlocked unlocked = Keystores.check(keystore, password, now, clock.getZone());
        X509Certificate certificate = unlocked.certificate();
        SigningCredential stored = keys.store(jurisdictionId, keystore, password, certificate, now,
                currentUser.require().username());
        audit.record(currentUser.require().asActor(), AuditAction.SIGNING_CREDENTIAL_INSTALLED,
                AuditSubject.JURISDICTION, jurisdictionId, null, jurisdiction.getName(),
                Certificates.name(Certificates.subject(certificate)), stored.getFingerprint());
        return summary(certificate);
    }

    /**
     * Gives every provincial jurisdiction without a signing credential a test certificate (demo data): self-signed,
     * marked as a test certificate in its name and policy. Jurisdictions that have one keep it. Returns how many
     * got one.
     */
    public int giveTestCertificatesToProvinces() {
        int given = 0;
        for (Jurisdiction jurisdiction : jurisdictions.allJurisdictions()) {
            if (jurisdiction.getLevel() != JurisdictionLevel.PROVINCIAL
                    || keys.currentOf(jurisdiction.getId()).isPresent()) {
                continue;
            }
            TestCertificates.TestKeystore test = TestCertificates.issue(jurisdiction.getName(), clock.instant());
            install(jurisdiction.getId(), test.keystore(), test.password());
            given++;
        }
        if (given > 0) {
            log.info("Demo signing: {} provincial jurisdiction(s) got a test certificate", given);
        }
        return given;
    }

    /** The certificate as the administration and the verifier show it. */
    static CertificateSummary summary(X509Certificate certificate) {
        SigningCredential.CertificateFacts facts = Certificates.facts(certificate);
        X500Name subject = Certificates.subject(certificate);
        return new CertificateSummary(facts.subject(),
                Optional.ofNullable(Certificates.attribute(subject, BCStyle.CN)).orElse(facts.subject()),
                Certificates.attribute(subject, BCStyle.O), facts.issuer(), facts.serialNumber(),
                facts.fingerprint(), facts.notBefore(), facts.notAfter(), facts.testCertificate());
    }
}
