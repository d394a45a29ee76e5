package ecopark.evaluation.domain;

import java.math.BigDecimal;

/**
 * One entry of a report's sheet with the keys of its sheet, its reason for a changed selection and the revision of its
 * standard version, as evaluation and the submission check read a sheet: in one query, without managed entities,
 * since neither changes a sheet.
 */
public record SheetEntryRow(long parkId, int year, long standardId, long standardRevision,
        String selectionChangeReason, long indicatorId, boolean selected, BigDecimal enteredValue,
        Boolean enteredState, BigDecimal overrideThreshold, String overrideIndustry, BigDecimal overrideIndustryShare,
        String overrideReason) {

    public EntryValues values() {
        return new EntryValues(selected, enteredValue, enteredState, overrideThreshold, overrideIndustry,
                overrideIndustryShare, overrideReason);
    }
}
