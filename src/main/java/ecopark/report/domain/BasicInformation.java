package ecopark.report.domain;

import ecopark.park.domain.ParkLevel;
import ecopark.park.domain.ParkStatus;
import ecopark.park.domain.ParkType;

/** Section 一 of the disclosure form (园区基本情况) as a report states it. */
public record BasicInformation(
        String parkName,
        String postalAddress,
        String postcode,
        ParkLevel level,
        ParkType type,
        String typeNote,
        String phone,
        String email,
        ParkStatus parkStatus) {
}
