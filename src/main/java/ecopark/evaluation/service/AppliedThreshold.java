package ecopark.evaluation.service;

import java.math.BigDecimal;

/**
 * The threshold that decided an indicator, and why it applied.
 *
 * @param value null for a yes/no state
 * @param detail the region (a {@code WaterRegion} name) or the dominant industry of an override
 * @param reason the park's reason for an override
 */
public record AppliedThreshold(Comparison comparison, BigDecimal value, ThresholdBasis basis, String detail,
        String reason) {

    static AppliedThreshold standard(Comparison comparison, BigDecimal value) {
        return new AppliedThreshold(comparison, value, ThresholdBasis.STANDARD, null, null);
    }
}
