package ecopark.signature.api;

import ecopark.signature.service.CertificateSummary;
import ecopark.signature.service.FoundSignature;
import ecopark.signature.service.VerificationResult;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/** The answer of {@code POST /api/public/signatures/verify}: the file and each signature found in it. */
@Schema(name = "SignatureVerification")
public record VerificationDto(
        @Schema(description = "Always true here: a file that is no PDF is answered 400") boolean pdf,
        @Schema(description = "An encrypted PDF cannot be opened without its password: no signature is checked")
        boolean encrypted,
        boolean signed,
        long size,
        @Schema(description = "SHA-256 of the file, hex") String sha256,
        List<SignatureDto> signatures) {

    /** One signature, in the order they were applied. */
    @Schema(name = "FoundSignature")
    public record SignatureDto(
            int number,
            @Schema(description = "VALID: intact and nothing added since; CHANGED_AFTER_SIGNING: what was signed is "
                    + "intact but bytes were added after it; INVALID: the signature fails or signed bytes changed",
                    example = "VALID") FoundSignature.Verdict verdict,
            @Schema(description = "VALID: valid and the file is exactly what was signed") boolean unchangedSinceSigning,
            @Schema(example = "吉林省生态环境厅（测试证书，不具法律效力）") String signer,
            @Schema(example = "吉林省生态环境厅") String organisation,
            String subject,
            String issuer,
            @Schema(description = "The certificate's serial number, hex") String serialNumber,
            @Schema(description = "SHA-256 of the certificate, hex") String fingerprint,
            @Schema(description = "A test certificate (no legal effect), such as the demo's") boolean testCertificate,
            OffsetDateTime certificateNotBefore,
            OffsetDateTime certificateNotAfter,
            @Schema(description = "The jurisdiction that signs with this certificate here; null for an unknown signer")
            KnownSignerDto knownSigner,
            @Schema(description = "The signing time the signer claims (/M of the signature dictionary)")
            OffsetDateTime signingTime,
            String reason,
            String location,
            String contactInfo,
            @Schema(example = "ETSI.CAdES.detached") String subFilter,
            @Schema(description = "PAdES baseline B-B: ETSI.CAdES.detached, signing-certificate-v2 bound to the "
                    + "signer, no signing-time attribute") boolean pades,
            ChecksDto checks) {
    }

    @Schema(name = "KnownSigner")
    public record KnownSignerDto(long jurisdictionId, String jurisdictionName,
            @Schema(description = "The jurisdiction's current certificate; false: one it has replaced") boolean current,
            OffsetDateTime replacedAt) {
    }

    @Schema(name = "SignatureChecks")
    public record ChecksDto(
            @Schema(description = "The CMS signature verifies with the signer's certificate") boolean signatureValid,
            @Schema(description = "The signed byte ranges still match the signed digest") boolean digestMatches,
            @Schema(description = "The byte range starts at the first byte and leaves out only the signature")
            boolean byteRangeValid,
            @Schema(description = "Nothing was appended after the signature") boolean coversWholeFile,
            @Schema(description = "Bytes after the signed part (-1 when the byte range is unreadable)")
            long bytesAppended,
            boolean certificateValidAtSigningTime) {
    }

    static VerificationDto of(VerificationResult result, ZoneId zone) {
        return new VerificationDto(result.pdf(), result.encrypted(), result.signed(), result.size(), result.sha256(),
                result.signatures().stream().map(s -> signature(s, zone)).toList());
    }

    private static SignatureDto signature(FoundSignature s, ZoneId zone) {
        CertificateSummary c = s.certificate();
        FoundSignature.KnownSigner k = s.knownSigner();
        return new SignatureDto(s.number(), s.verdict(), s.unchangedSinceSigning(),
                c == null ? null : c.commonName(), c == null ? null : c.organisation(),
                c == null ? null : c.subject(), c == null ? null : c.issuer(), c == null ? null : c.serialNumber(),
                c == null ? null : c.fingerprint(), c != null && c.testCertificate(),
                c == null ? null : at(c.notBefore(), zone), c == null ? null : at(c.notAfter(), zone),
                k == null ? null : new KnownSignerDto(k.jurisdictionId(), k.jurisdictionName(), k.current(),
                        at(k.replacedAt(), zone)),
                at(s.signingTime(), zone), s.reason(), s.location(), s.contactInfo(), s.subFilter(), s.pades(),
                new ChecksDto(s.signatureValid(), s.digestMatches(), s.byteRangeValid(), s.coversWholeFile(),
                        s.bytesAfter(), s.certificateValidAtSigningTime()));
    }

    private static OffsetDateTime at(Instant instant, ZoneId zone) {
        return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
    }
}
