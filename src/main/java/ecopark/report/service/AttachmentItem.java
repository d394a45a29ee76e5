package ecopark.report.service;

import java.time.Instant;

/** An attachment as the report lists it. */
public record AttachmentItem(long id, String fileName, long sizeBytes, Instant uploadedAt, String uploadedBy) {
}
