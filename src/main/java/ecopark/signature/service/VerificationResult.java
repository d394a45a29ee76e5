package ecopark.signature.service;

import java.util.List;

/**
 * What the verifier says about a file: whether it is a PDF (and whether it could be opened: an encrypted PDF
 * cannot), its size and SHA-256, and every signature found, in the order they were applied.
 */
public record VerificationResult(boolean pdf, boolean encrypted, long size, String sha256,
        List<FoundSignature> signatures) {

    public boolean signed() {
        return !signatures.isEmpty();
    }
}
