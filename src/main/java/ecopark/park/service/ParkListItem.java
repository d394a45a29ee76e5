package ecopark.park.service;

import ecopark.park.domain.ParkLevel;
import ecopark.park.domain.ParkStatus;
import ecopark.park.domain.ParkType;

/** A park as a row of a list, with the name of the bureau that covers it. */
public record ParkListItem(long id, String name, String province, String city, ParkLevel level, ParkType type,
        ParkStatus status, long jurisdictionId, String jurisdictionName) {
}
