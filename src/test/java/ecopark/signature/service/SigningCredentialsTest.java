package ecopark.signature.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ecopark.ApplicationTest;
import ecopark.base.domain.BusinessRuleException;
import ecopark.park.domain.JurisdictionLevel;
import ecopark.park.service.ParkAdminService;
import ecopark.security.SystemActor;
import ecopark.signature.SamplePdfs;
import ecopark.signature.domain.SigningCredentialRepository;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Uploading a jurisdiction's PKCS#12 keystore: every bad upload is refused with its message and stores nothing; a
 * good one replaces the current credential, whose certificate is still recognised afterwards; the demo loader gave
 * every provincial jurisdiction a test certificate and gives none twice.
 */
@ApplicationTest
class SigningCredentialsTest {

    static final String PROVINCE = "天津市生态环境局";

    @Autowired SigningCredentials credentials;
    @Autowired SigningCredentialRepository rows;
    @Autowired ParkAdminService parks;
    @Autowired SignatureVerifier verifier;
    @Autowired PdfSigner signer;
    @Autowired Clock clock;

    private long jurisdiction() {
        return SamplePdfs.jurisdiction(parks, PROVINCE);
    }

    private void refused(byte[] keystore, String password, String key) {
        long before = rows.count();
        assertThatThrownBy(() -> SystemActor.call(() -> credentials.install(jurisdiction(), keystore, password)))
                .isInstanceOf(BusinessRuleException.class)
                .satisfies(e -> assertThat(((BusinessRuleException) e).messageKey()).isEqualTo(key));
        assertThat(rows.count()).as("nothing stored").isEqualTo(before);
    }

    @Test
    void the_demo_gave_every_provincial_jurisdiction_a_test_certificate_once() {
        List<CredentialRow> overview = SystemActor.call(credentials::overview);
        // The demo's provinces (other tests of this context add bureaus of their own, which the demo never saw)
        List<String> demoProvinces = List.of("吉林省生态环境厅", "天津市生态环境局", "江苏省生态环境厅");
        assertThat(overview).filteredOn(r -> r.level() == JurisdictionLevel.PROVINCIAL
                && demoProvinces.contains(r.jurisdictionName())).hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(r -> {
                    assertThat(r.hasCertificate()).as(r.jurisdictionName()).isTrue();
                    assertThat(r.certificate().testCertificate()).isTrue();
                    assertThat(r.certificate().commonName()).isEqualTo(r.jurisdictionName() + "（测试证书，不具法律效力）");
                    assertThat(r.certificate().fingerprint()).hasSize(64);
                });
        SystemActor.call(credentials::giveTestCertificatesToProvinces);
        assertThat(SystemActor.call(credentials::giveTestCertificatesToProvinces)).as("idempotent").isZero();
    }

    @Test
    void a_file_that_is_no_pkcs12_is_refused() {
        refused("not a keystore".getBytes(StandardCharsets.UTF_8), "x", "signature.error.notPkcs12");
        refused(SamplePdfs.onePage(), "x", "signature.error.notPkcs12");
        refused(new byte[0], "x", "signature.error.keystoreMissing");
    }

    @Test
    void a_wrong_password_is_refused() {
        TestCertificates.TestKeystore test = TestCertificates.issue("测试局", clock.instant());
        refused(test.keystore(), test.password() + "-wrong", "signature.error.wrongPassword");
    }

    @Test
    void a_keystore_without_private_key_is_refused() throws Exception {
        TestCertificates.TestKeystore test = TestCertificates.issue("测试局", clock.instant());
        KeyStore source = KeyStore.getInstance("PKCS12");
        source.load(new ByteArrayInputStream(test.keystore()), test.password().toCharArray());
        Certificate certificate = source.getCertificate("signing");
        KeyStore certificateOnly = KeyStore.getInstance("PKCS12");
        certificateOnly.load(null, null);
        certificateOnly.setCertificateEntry("certificate", certificate);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        certificateOnly.store(out, "secret".toCharArray());
        refused(out.toByteArray(), "secret", "signature.error.noPrivateKey");
    }

    @Test
    void an_expired_certificate_is_refused() {
        TestCertificates.TestKeystore old = TestCertificates.issue("测试局",
                clock.instant().minus(TestCertificates.VALIDITY).minus(Duration.ofDays(10)));
        refused(old.keystore(), old.password(), "signature.error.expired");
    }

    @Test
    void a_new_keystore_replaces_the_current_one_and_the_old_certificate_still_names_the_jurisdiction() {
        long id = jurisdiction();
        byte[] signedBefore = SystemActor.call(() -> signer.sign(id, SamplePdfs.onePage(), null, null, null));
        TestCertificates.TestKeystore next = TestCertificates.issue(PROVINCE, clock.instant());

        CertificateSummary installed = SystemActor.call(() -> credentials.install(id, next.keystore(),
                next.password()));

        CredentialRow row = SystemActor.call(credentials::overview).stream()
                .filter(r -> r.jurisdictionId() == id).findFirst().orElseThrow();
        assertThat(row.certificate().fingerprint()).isEqualTo(installed.fingerprint());
        assertThat(row.replacedCount()).isGreaterThanOrEqualTo(1);
        FoundSignature old = verifier.verify(signedBefore).signatures().get(0);
        assertThat(old.verdict()).isEqualTo(FoundSignature.Verdict.VALID);
        assertThat(old.knownSigner().jurisdictionName()).isEqualTo(PROVINCE);
        assertThat(old.knownSigner().current()).isFalse();
        byte[] signedAfter = SystemActor.call(() -> signer.sign(id, SamplePdfs.onePage(), null, null, null));
        assertThat(verifier.verify(signedAfter).signatures().get(0).certificate().fingerprint())
                .isEqualTo(installed.fingerprint());
    }

    @Test
    void the_sealed_password_is_not_the_password() {
        rows.findAll().stream().filter(r -> r.isCurrent()).forEach(r -> {
            assertThat(r.getSealedPassword()).startsWith("v1:");
        });
        PasswordSeal seal = new PasswordSeal("a-test-secret-of-more-than-thirty-two-characters", false);
        String sealed = seal.seal("p@ss", "ctx");
        assertThat(sealed).doesNotContain("p@ss");
        assertThat(seal.open(sealed, "ctx")).isEqualTo("p@ss");
        assertThatThrownBy(() -> seal.open(sealed, "other row")).isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> new PasswordSeal("another-secret-of-more-than-thirty-two-chars", false)
                .open(sealed, "ctx")).hasMessageContaining("signature.error.secretChanged");
        assertThatThrownBy(() -> new PasswordSeal(PasswordSeal.DEMO_SECRET, true))
                .isInstanceOf(ecopark.base.StartupRefusedException.class);
    }
}
