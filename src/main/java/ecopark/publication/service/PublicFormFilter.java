package ecopark.publication.service;

import ecopark.park.domain.ParkStatus;

/**
 * The public list's filters; null matches everything. Superseded forms (replaced by a published correction) are listed
 * only on request.
 */
public record PublicFormFilter(Integer year, String province, Long jurisdictionId, Long parkId, ParkStatus parkStatus,
        boolean includeSuperseded) {

    public static PublicFormFilter all() {
        return new PublicFormFilter(null, null, null, null, null, false);
    }
}
