package ecopark.opendata.service;

import java.util.List;

/**
 * Publications chosen for a download, by id in the order their rows are written, and which of their rows: made by
 * {@link OpenIndicators}, so that an unknown form or park is refused before the first byte is written.
 */
public record Selection(List<Long> publicationIds, Boolean met) {

    public Selection {
        publicationIds = List.copyOf(publicationIds);
    }

    boolean accepts(IndicatorRecord row) {
        return met == null || (met ? Boolean.TRUE.equals(row.met()) : Boolean.FALSE.equals(row.met()));
    }
}
