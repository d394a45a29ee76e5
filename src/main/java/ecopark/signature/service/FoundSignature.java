package ecopark.signature.service;

import java.time.Instant;

/**
 * One signature of a PDF as the verifier found it. {@code signatureValid}: the CMS signature over its signed
 * attributes verifies with the certificate it names; {@code digestMatches}: the signed byte ranges still hash to the
 * message-digest the signer signed; {@code byteRangeValid}: the ranges start at the file's first byte and leave out
 * exactly the signature's own hex string; {@code coversWholeFile}: nothing was appended after signing
 * ({@code bytesAfter} counts what was). {@code certificate} and {@code knownSigner} are null where unknown.
 */
public record FoundSignature(int number, String fieldName, String subFilter, boolean pades,
        CertificateSummary certificate, KnownSigner knownSigner, Instant signingTime, String reason, String location,
        String contactInfo, boolean cmsReadable, boolean signatureValid, boolean digestMatches,
        boolean byteRangeValid, boolean coversWholeFile, long bytesAfter, boolean certificateValidAtSigningTime) {

    /** What the signature says about the file, in one word. */
    public enum Verdict {
        /** Valid, and the file is exactly what was signed. */
        VALID,
        /** Valid for what was signed, but bytes were added to the file after signing. */
        CHANGED_AFTER_SIGNING,
        /** The signature does not verify, or the signed bytes were changed. */
        INVALID
    }

    public Verdict verdict() {
        if (!cmsReadable || !signatureValid || !digestMatches || !byteRangeValid) {
            return Verdict.INVALID;
        }
        return coversWholeFile ? Verdict.VALID : Verdict.CHANGED_AFTER_SIGNING;
    }

    /** Unchanged since signing: valid, and nothing added after. */
    public boolean unchangedSinceSigning() {
        return verdict() == Verdict.VALID;
    }

    /** A certificate stored here for a jurisdiction: its current one, or one it replaced (on {@code replacedAt}). */
    public record KnownSigner(long jurisdictionId, String jurisdictionName, boolean current, Instant replacedAt) {
    }
}
