package ecopark.evaluation.domain;

import java.math.BigDecimal;

/**
 * What a sheet says about one indicator, as the evaluator reads it.
 *
 * @param overrideIndustryShare footnote a: the dominant industry's share of the park's industrial output, in %
 */
public record EntryValues(boolean selected, BigDecimal enteredValue, Boolean enteredState,
        BigDecimal overrideThreshold, String overrideIndustry, BigDecimal overrideIndustryShare,
        String overrideReason) {

    public static final EntryValues NONE = new EntryValues(false, null, null, null, null, null, null);

    /** An entry without the industry's share (no override, or one recorded before the share was asked for). */
    public EntryValues(boolean selected, BigDecimal enteredValue, Boolean enteredState, BigDecimal overrideThreshold,
            String overrideIndustry, String overrideReason) {
        this(selected, enteredValue, enteredState, overrideThreshold, overrideIndustry, null, overrideReason);
    }

    public boolean hasOverride() {
        return overrideThreshold != null;
    }
}
