package ecopark.signature.service;

import ecopark.base.domain.BusinessRuleException;
import ecopark.base.filestore.UploadLimit;
import ecopark.park.service.JurisdictionHierarchy;
import ecopark.signature.domain.SigningCredential;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.springframework.stereotype.Service;

/**
 * Checks the digital signatures of a PDF for anyone, without sign-in (the public portal's verification page and
 * {@code POST /api/public/signatures/verify}): who signed (and whether the certificate is one a jurisdiction here
 * signs with), when (/M), whether the signature verifies, whether the signed bytes are unchanged and whether bytes
 * were appended after signing. Reads nothing but the file and the stored certificates; changes nothing.
 */
@Service
public class SignatureVerifier {

    private static final byte[] HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    /** A PDF's header may follow some bytes of junk (ISO 32000-1, annex H); readers look this far. */
    private static final int HEADER_WINDOW = 1024;

    private final CredentialKeys keys;
    private final JurisdictionHierarchy hierarchy;
    private final UploadLimit limit;

    SignatureVerifier(CredentialKeys keys, JurisdictionHierarchy hierarchy, UploadLimit limit) {
        this.keys = keys;
        this.hierarchy = hierarchy;
        this.limit = limit;
    }

    /** The largest file checked, in megabytes: the product's one upload limit. */
    public int maxMegabytes() {
        return limit.megabytes();
    }

    /**
     * The file's signatures, each checked. A file that is no PDF answers {@code pdf() == false} and nothing else.
     *
     * @throws BusinessRuleException {@code signature.error.fileMissing} for no bytes,
     *         {@code signature.error.tooLarge} beyond the upload limit
     */
    public VerificationResult verify(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new BusinessRuleException("signature.error.fileMissing");
        }
        if (limit.exceeds(bytes.length)) {
            throw new BusinessRuleException("signature.error.tooLarge", limit.megabytes());
        }
        String sha256 = HexFormat.of().formatHex(Certificates.sha256(bytes));
        if (!looksLikePdf(bytes)) {
            return new VerificationResult(false, false, bytes.length, sha256, List.of());
        }
        try (PDDocument document = Loader.loadPDF(bytes)) {
            List<PDSignature> dictionaries = new ArrayList<>();
            List<String> names = new ArrayList<>();
            for (PDSignatureField field : document.getSignatureFields()) {
                if (field.getSignature() != null) {
                    dictionaries.add(field.getSignature());
                    names.add(field.getFullyQualifiedName());
                }
            }
            List<FoundSignature> found = new ArrayList<>();
            for (int i = 0; i < dictionaries.size(); i++) {
                found.add(check(dictionaries.get(i), names.get(i), bytes));
            }
            found.sort(Comparator.comparingLong(s -> s.bytesAfter() < 0 ? Long.MAX_VALUE : -s.bytesAfter()));
            List<FoundSignature> numbered = new ArrayList<>();
            for (int i = 0; i < found.size(); i++) {
                numbered.add(renumber(found.get(i), i + 1));
            }
            return new VerificationResult(true, false, bytes.length, sha256, List.copyOf(numbered));
        } catch (InvalidPasswordException e) {
            return new VerificationResult(true, true, bytes.length, sha256, List.of());
        } catch (IOException e) {
            return new VerificationResult(false, false, bytes.length, sha256, List.of());
        }
    }

    /** "%PDF-" near the start: what every reader requires before trying to parse. */
    static boolean looksLikePdf(byte[] bytes) {
        int end = Math.min(bytes.length - HEADER.length, HEADER_WINDOW);
        for (int i = 0; i <= end; i++) {
            if (Arrays.equals(bytes, i, i + HEADER.length, HEADER, 0, HEADER.length)) {
                return true;
            }
        }
        return false;
    }

    private FoundSignature check(PDSignature signature, String fieldName, byte[] file) {
        SignedRanges ranges = SignedRanges.of(signature.getByteRange(), file);
        byte[] cms = ranges.valid() ? ranges.contents() : contentsOf(signature, file);
        CmsCheck.Result cmsCheck = CmsCheck.of(cms, ranges.signedContent());
        Instant signingTime = instant(signature.getSignDate());
        CertificateSummary certificate = null;
        FoundSignature.KnownSigner known = null;
        boolean validAtSigning = false;
        X509Certificate signer = cmsCheck.certificate();
        if (signer != null) {
            certificate = SigningCredentials.summary(signer);
            known = known(certificate.fingerprint());
            validAtSigning = signingTime != null && !signingTime.isBefore(certificate.notBefore())
                    && !signingTime.isAfter(certificate.notAfter());
        }
        String subFilter = signature.getSubFilter();
        boolean pades = PdfSigner.PADES.getName().equals(subFilter) && cmsCheck.signingCertificateBound()
                && !cmsCheck.signingTimeAttribute();
        return new FoundSignature(0, fieldName, subFilter, pades, certificate, known, signingTime,
                signature.getReason(), signature.getLocation(), signature.getContactInfo(), cmsCheck.readable(),
                cmsCheck.signatureValid(), cmsCheck.digestMatches(), ranges.valid(), ranges.coversWholeFile(),
                ranges.bytesAfter(), validAtSigning);
    }

    private FoundSignature.KnownSigner known(String fingerprint) {
        List<SigningCredential> stored = keys.withFingerprint(fingerprint);
        if (stored.isEmpty()) {
            return null;
        }
        SigningCredential credential = stored.get(0);
        String name = hierarchy.chain(credential.getJurisdictionId()).stream().findFirst()
                .map(JurisdictionHierarchy.Node::name).orElse(null);
        return new FoundSignature.KnownSigner(credential.getJurisdictionId(), name, credential.isCurrent(),
                credential.getReplacedAt());
    }

    private static byte[] contentsOf(PDSignature signature, byte[] file) {
        try {
            return signature.getContents(file);
        } catch (IOException | RuntimeException e) {
            return signature.getContents();
        }
    }

    private static Instant instant(Calendar calendar) {
        return calendar == null ? null : calendar.toInstant();
    }

    private static FoundSignature renumber(FoundSignature s, int number) {
        return new FoundSignature(number, s.fieldName(), s.subFilter(), s.pades(), s.certificate(), s.knownSigner(),
                s.signingTime(), s.reason(), s.location(), s.contactInfo(), s.cmsReadable(), s.signatureValid(),
                s.digestMatches(), s.byteRangeValid(), s.coversWholeFile(), s.bytesAfter(),
                s.certificateValidAtSigningTime());
    }
}
