package ecopark.evaluation.service;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * A report's indicator sheet as the editor reads it.
 *
 * @param previousSelection the optional indicators the park's previous-year sheet selected, or null without one
 */
public record SheetView(long reportId, long parkId, int year, long standardId, String standardCode,
        String selectionChangeReason, List<Entry> entries, Set<String> previousSelection, long version) {

    /**
     * One indicator of the sheet, by its code in the standard.
     *
     * @param overrideIndustryShare footnote a: the dominant industry's share of the park's industrial output, in %
     */
    public record Entry(String code, boolean selected, BigDecimal enteredValue, Boolean enteredState,
            BigDecimal overrideThreshold, String overrideIndustry, BigDecimal overrideIndustryShare,
            String overrideReason) {
    }
}
