package ecopark.evaluation.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The one way a verdict's value is written: GB/T 8170's full-value comparison (全数值比较法) judges the exact value, so
 * the figure shown must fall on the same side of the threshold as the exact value. It starts at the indicator's display
 * precision and adds digits until the rounded figure compares with the threshold as the exact value does (a value equal
 * to the threshold stays equal): 9.999999 against ≥10 reads 9.999999, never 10.00. Digits beyond the display precision
 * are shown only as far as they decide, so no trailing zeros are added past it.
 */
public final class DecidingDigits {

    private DecidingDigits() {
    }

    /**
     * @param scale the indicator's display precision (decimal places)
     * @param threshold the threshold the value is judged against, or null (then plain rounding to {@code scale})
     * @return null for a null value
     */
    public static BigDecimal of(BigDecimal value, int scale, BigDecimal threshold) {
        if (value == null) {
            return null;
        }
        BigDecimal shown = Decimals.forDisplay(value, scale);
        if (threshold == null) {
            return shown;
        }
        int side = value.compareTo(threshold);
        // At the value's own scale rounding changes nothing, so the loop ends there at the latest.
        int last = Math.max(scale, value.scale());
        int digits = scale;
        while (shown.compareTo(threshold) != side && digits < last) {
            digits++;
            shown = value.setScale(digits, RoundingMode.HALF_UP);
        }
        if (digits > scale) {
            BigDecimal stripped = shown.stripTrailingZeros();
            shown = stripped.scale() < scale ? stripped.setScale(scale) : stripped;
        }
        return shown;
    }
}
