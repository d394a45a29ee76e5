package ecopark.evaluation.domain;

import java.math.BigDecimal;

/** What a sheet says about one indicator, as the evaluator reads it. */
public record EntryValues(boolean selected, BigDecimal enteredValue, Boolean enteredState,
        BigDecimal overrideThreshold, String overrideIndustry, String overrideReason) {

    public static final EntryValues NONE = new EntryValues(false, null, null, null, null, null);

    public boolean hasOverride() {
        return overrideThreshold != null;
    }
}
