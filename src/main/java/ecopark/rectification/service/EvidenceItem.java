package ecopark.rectification.service;

import java.time.Instant;

/** An evidence file as the task page lists it. */
public record EvidenceItem(long id, String fileName, long sizeBytes, Instant uploadedAt, String uploadedBy) {
}
