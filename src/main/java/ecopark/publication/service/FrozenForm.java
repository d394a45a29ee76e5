package ecopark.publication.service;

import ecopark.park.domain.ParkStatus;
import java.time.Instant;

/**
 * One publication read whole for open data: where and when it was published, whether a correction superseded it, the
 * SHA-256 of its frozen JSON document (the hash its page, documents and downloads show) and the form itself.
 */
public record FrozenForm(long publicationId, long reportId, int revisionNumber, long parkId, String parkName,
        String province, Long jurisdictionId, String jurisdictionName, int year, ParkStatus parkStatus,
        Instant publishedAt, Long supersededBy, String contentHash, PublishedForm form) {

    public boolean isCurrent() {
        return supersededBy == null;
    }
}
