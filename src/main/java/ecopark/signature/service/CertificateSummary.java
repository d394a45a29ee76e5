package ecopark.signature.service;

import java.time.Instant;

/** A certificate as the administration lists it and the verifier reports it. */
public record CertificateSummary(String subject, String commonName, String organisation, String issuer,
        String serialNumber, String fingerprint, Instant notBefore, Instant notAfter, boolean testCertificate) {
}
