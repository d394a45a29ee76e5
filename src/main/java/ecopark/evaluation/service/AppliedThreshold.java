package ecopark.evaluation.service;

import java.math.BigDecimal;

/**
 * The threshold that decided an indicator, and why it applied.
 *
 * @param value null for a yes/no state
 * @param detail the region (a {@code WaterRegion} name) or the dominant industry of an override
 * @param reason the park's reason for an override
 * @param industryShare the dominant industry's share of the park's industrial output in % (footnote a: above 70);
 *        null for other bases and for overrides recorded before the share was asked for
 */
public record AppliedThreshold(Comparison comparison, BigDecimal value, ThresholdBasis basis, String detail,
        String reason, BigDecimal industryShare) {

    static AppliedThreshold standard(Comparison comparison, BigDecimal value) {
        return new AppliedThreshold(comparison, value, ThresholdBasis.STANDARD, null, null, null);
    }

    /** The threshold as the table's requirement column writes it, e.g. ≤0.3; empty for a yes/no state. */
    public String text() {
        if (comparison == null || value == null) {
            return "";
        }
        return comparison.symbol() + value.stripTrailingZeros().toPlainString();
    }
}
