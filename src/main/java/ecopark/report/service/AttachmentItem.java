package ecopark.report.service;

import java.time.Instant;

/**
 * An attachment as the report lists it.
 *
 * @param deliverableId the notice deliverable the file was uploaded as; null for any other document
 */
public record AttachmentItem(long id, String fileName, long sizeBytes, Instant uploadedAt, String uploadedBy,
        Long deliverableId) {
}
