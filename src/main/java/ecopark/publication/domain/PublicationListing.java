package ecopark.publication.domain;

import ecopark.park.domain.ParkStatus;
import java.time.Instant;

/** A publication's list columns, read without its document. */
public record PublicationListing(long id, long reportId, int revisionNumber, long parkId, String parkName,
        String province, Long jurisdictionId, String jurisdictionName, int year, ParkStatus parkStatus,
        Instant publishedAt, Long supersededBy) {

    public boolean isCurrent() {
        return supersededBy == null;
    }
}
