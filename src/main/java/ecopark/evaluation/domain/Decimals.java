package ecopark.evaluation.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The one precision of indicator arithmetic: 34 significant digits, half-even (IEEE 754 decimal128). Every quotient
 * and root is taken with it, so values are exact to 34 digits and a value that lands exactly on a threshold compares
 * equal to it; rounding to an indicator's display precision happens only for display.
 */
public final class Decimals {

    public static final MathContext MATH = MathContext.DECIMAL128;
    public static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Decimals() {
    }

    public static BigDecimal divide(BigDecimal dividend, BigDecimal divisor) {
        return dividend.divide(divisor, MATH);
    }

    /** Rounded for display to the indicator's precision, half-up as Chinese statistical tables round. */
    public static BigDecimal forDisplay(BigDecimal value, int scale) {
        return value == null ? null : value.setScale(scale, RoundingMode.HALF_UP);
    }
}
