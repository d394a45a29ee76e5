package ecopark.opendata.service;

import java.util.List;

/** The indicator rows of one published form, with the hash of its frozen document. */
public record FormIndicators(long publicationId, String parkName, int year, int revision, String contentHash,
        List<IndicatorRecord> rows) {

    public FormIndicators {
        rows = List.copyOf(rows);
    }
}
