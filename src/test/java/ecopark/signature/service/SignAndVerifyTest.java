package ecopark.signature.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ecopark.ApplicationTest;
import ecopark.base.domain.BusinessRuleException;
import ecopark.park.service.ParkAdminService;
import ecopark.security.SystemActor;
import ecopark.signature.SamplePdfs;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * A province's signature end to end on the demo's credentials: signed as PAdES B-B with the test certificate the
 * demo gave it, verified as valid and known, and refused as changed when a signed byte changes or bytes follow.
 */
@ApplicationTest
class SignAndVerifyTest {

    static final String PROVINCE = "江苏省生态环境厅";

    @Autowired PdfSigner signer;
    @Autowired SignatureVerifier verifier;
    @Autowired SigningCredentials credentials;
    @Autowired ParkAdminService parks;
    @Autowired Clock clock;

    private byte[] signed(byte[] pdf) {
        long jurisdiction = SamplePdfs.jurisdiction(parks, PROVINCE);
        return SystemActor.call(() -> signer.sign(jurisdiction, pdf, "汇总报送", "南京", "025-12345678"));
    }

    @Test
    void a_signed_pdf_keeps_its_original_bytes_as_prefix_and_verifies_as_the_provinces_test_certificate()
            throws Exception {
        byte[] original = SamplePdfs.onePage();
        Instant before = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        byte[] signed = signed(original);
        Instant after = clock.instant();

        assertThat(Arrays.copyOf(signed, original.length)).as("incremental: the original is a prefix")
                .isEqualTo(original);
        VerificationResult result = verifier.verify(signed);
        assertThat(result.pdf()).isTrue();
        assertThat(result.signatures()).hasSize(1);
        FoundSignature signature = result.signatures().get(0);
        assertThat(signature.verdict()).isEqualTo(FoundSignature.Verdict.VALID);
        assertThat(signature.unchangedSinceSigning()).isTrue();
        assertThat(signature.pades()).isTrue();
        assertThat(signature.subFilter()).isEqualTo("ETSI.CAdES.detached");
        assertThat(signature.certificate().commonName()).isEqualTo(PROVINCE + "（测试证书，不具法律效力）");
        assertThat(signature.certificate().organisation()).isEqualTo(PROVINCE);
        assertThat(signature.certificate().testCertificate()).isTrue();
        assertThat(signature.knownSigner().jurisdictionName()).isEqualTo(PROVINCE);
        assertThat(signature.knownSigner().current()).isTrue();
        assertThat(signature.signingTime()).isBetween(before, after);
        assertThat(signature.certificateValidAtSigningTime()).isTrue();
        assertThat(signature.reason()).isEqualTo("汇总报送");
        assertThat(signature.location()).isEqualTo("南京");
        assertThat(signature.contactInfo()).isEqualTo("025-12345678");
    }

    @Test
    void the_signed_pdf_opens_with_pdfbox_and_its_byte_range_leaves_out_only_the_signature() throws Exception {
        byte[] signed = signed(SamplePdfs.onePage());

        try (PDDocument document = Loader.loadPDF(signed)) {
            List<PDSignature> signatures = document.getSignatureDictionaries();
            assertThat(signatures).hasSize(1);
            int[] range = signatures.get(0).getByteRange();
            assertThat(range[0]).isZero();
            assertThat(range[2] + range[3]).isEqualTo(signed.length);
            assertThat((char) signed[range[1]]).isEqualTo('<');
            assertThat((char) signed[range[2] - 1]).isEqualTo('>');
            assertThat(signatures.get(0).getCOSObject().getDate("M")).isNotNull();

            byte[] signedContent = signatures.get(0).getSignedContent(signed);
            CMSSignedData cms = CmsCheck.signedData(signatures.get(0).getContents(signed), signedContent);
            SignerInformation info = cms.getSignerInfos().getSigners().iterator().next();
            AttributeTable attributes = info.getSignedAttributes();
            assertThat(attributes.get(CMSAttributes.contentType)).isNotNull();
            assertThat(attributes.get(CMSAttributes.messageDigest)).isNotNull();
            assertThat(attributes.get(PKCSObjectIdentifiers.id_aa_signingCertificateV2)).isNotNull();
            assertThat(attributes.get(CMSAttributes.signingTime)).as("B-B: the time is /M, not in the CMS").isNull();
            assertThat(info.getDigestAlgOID()).isEqualTo("2.16.840.1.101.3.4.2.1"); // SHA-256
            assertThat(cms.getCertificates().getMatches(info.getSID())).hasSize(1);
            assertThat(CmsCheck.of(signatures.get(0).getContents(signed), signedContent).signatureValid()).isTrue();
        }
    }

    @Test
    void a_changed_byte_inside_the_signed_range_fails() {
        byte[] signed = signed(SamplePdfs.onePage());
        int at = SamplePdfs.indexOf(signed, SamplePdfs.TEXT);
        assertThat(at).isPositive();
        signed[at] = (byte) 'Q';

        FoundSignature signature = verifier.verify(signed).signatures().get(0);
        assertThat(signature.digestMatches()).isFalse();
        assertThat(signature.signatureValid()).as("the signature itself is still the signer's").isTrue();
        assertThat(signature.verdict()).isEqualTo(FoundSignature.Verdict.INVALID);
        assertThat(signature.unchangedSinceSigning()).isFalse();
    }

    @Test
    void bytes_appended_after_the_signature_are_reported() {
        byte[] signed = signed(SamplePdfs.onePage());
        byte[] tail = "\n% appended after signing\n".getBytes(StandardCharsets.US_ASCII);
        byte[] changed = Arrays.copyOf(signed, signed.length + tail.length);
        System.arraycopy(tail, 0, changed, signed.length, tail.length);

        FoundSignature signature = verifier.verify(changed).signatures().get(0);
        assertThat(signature.digestMatches()).isTrue();
        assertThat(signature.coversWholeFile()).isFalse();
        assertThat(signature.bytesAfter()).isEqualTo(tail.length);
        assertThat(signature.verdict()).isEqualTo(FoundSignature.Verdict.CHANGED_AFTER_SIGNING);
    }

    @Test
    void a_second_signature_keeps_the_first_valid_but_no_longer_covering_the_file() {
        byte[] once = signed(SamplePdfs.onePage());
        byte[] twice = signed(once);

        List<FoundSignature> signatures = verifier.verify(twice).signatures();
        assertThat(signatures).extracting(FoundSignature::number).containsExactly(1, 2);
        assertThat(signatures.get(0).verdict()).isEqualTo(FoundSignature.Verdict.CHANGED_AFTER_SIGNING);
        assertThat(signatures.get(1).verdict()).isEqualTo(FoundSignature.Verdict.VALID);
    }

    @Test
    void an_unsigned_pdf_has_no_signature_and_other_bytes_are_no_pdf() {
        assertThat(verifier.verify(SamplePdfs.onePage()).signatures()).isEmpty();
        assertThat(verifier.verify(SamplePdfs.onePage()).pdf()).isTrue();
        assertThat(verifier.verify("just text, no PDF".getBytes(StandardCharsets.UTF_8)).pdf()).isFalse();
        assertThat(verifier.verify("%PDF-1.7 but nothing after".getBytes(StandardCharsets.UTF_8)).pdf()).isFalse();
        assertThatThrownBy(() -> verifier.verify(new byte[0])).isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("signature.error.fileMissing");
    }

    @Test
    void only_the_jurisdictions_own_people_and_the_system_sign_in_its_name() {
        long jurisdiction = SamplePdfs.jurisdiction(parks, PROVINCE);
        byte[] pdf = SamplePdfs.onePage();
        assertThatThrownBy(() -> signer.sign(jurisdiction, pdf, null, null, null))
                .isInstanceOf(org.springframework.security.core.AuthenticationException.class);
        // The administrator runs the keys but signs for nobody (SystemActor.callAs with an admin account).
        ecopark.security.SignedInUser admin = new ecopark.security.SignedInUser(99L, "admin_x", "", "管理员",
                ecopark.security.AppRole.ADMIN, null, null, true, true, false);
        assertThatThrownBy(() -> SystemActor.callAs(admin, () -> signer.sign(jurisdiction, pdf, null, null, null)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
