package ecopark.opendata.service;

import ecopark.park.domain.ParkStatus;
import ecopark.publication.service.PublicFormFilter;

/**
 * Which indicator rows of the published forms: the public list's filters on the form (null matches everything,
 * superseded forms only on request) and on the row, {@code met}: true for rows that met their requirement, false for
 * assessed rows that did not (not met, or not computable for the inputs); null for every row, assessed or not.
 */
public record IndicatorFilter(Integer year, String province, Long jurisdictionId, Long parkId, ParkStatus parkStatus,
        Boolean met, boolean includeSuperseded) {

    public static IndicatorFilter all() {
        return new IndicatorFilter(null, null, null, null, null, null, false);
    }

    PublicFormFilter forms() {
        return new PublicFormFilter(year, province, jurisdictionId, parkId, parkStatus, includeSuperseded);
    }

}
