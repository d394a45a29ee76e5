package ecopark.evaluation.domain;

import java.math.BigDecimal;

/**
 * One entry of a report's sheet with the keys of its sheet and the revision of its standard version, as evaluation
 * reads a sheet: in one query, without managed entities, since evaluating never changes a sheet.
 */
public record SheetEntryRow(long parkId, int year, long standardId, long standardRevision, long indicatorId,
        boolean selected, BigDecimal enteredValue, Boolean enteredState, BigDecimal overrideThreshold,
        String overrideIndustry, BigDecimal overrideIndustryShare, String overrideReason) {

    public EntryValues values() {
        return new EntryValues(selected, enteredValue, enteredState, overrideThreshold, overrideIndustry,
                overrideIndustryShare, overrideReason);
    }
}
