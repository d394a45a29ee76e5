package ecopark.signature.service;

import ecopark.park.domain.JurisdictionLevel;
import java.time.Instant;

/**
 * A jurisdiction in the administration of signing credentials: its current certificate (null without one), who
 * installed it when, and how many certificates it replaced.
 */
public record CredentialRow(long jurisdictionId, String jurisdictionName, JurisdictionLevel level,
        CertificateSummary certificate, Instant installedAt, String installedBy, int replacedCount) {

    public boolean hasCertificate() {
        return certificate != null;
    }
}
