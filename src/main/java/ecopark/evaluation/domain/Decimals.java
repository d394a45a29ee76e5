package ecopark.evaluation.domain;

import java.math.BigDecimal;
import java.math.BigInteger;
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
    private static final BigInteger[] TEN_POWERS = new BigInteger[40];

    static {
        TEN_POWERS[0] = BigInteger.ONE;
        for (int i = 1; i < TEN_POWERS.length; i++) {
            TEN_POWERS[i] = TEN_POWERS[i - 1].multiply(BigInteger.TEN);
        }
    }

    private Decimals() {
    }

    /** dividend ÷ divisor rounded to {@link #MATH}; ratios of statistics by long division ({@link CompactQuotient}). */
    public static BigDecimal divide(BigDecimal dividend, BigDecimal divisor) {
        BigDecimal quotient = CompactQuotient.divide(dividend, divisor);
        return quotient != null ? quotient : dividend.divide(divisor, MATH);
    }

    /**
     * value × factor rounded to {@link #MATH}: the very result of {@code value.multiply(factor, MATH)}, without its
     * division when the factor is a power of ten (100 for %, 0.0001 for 万元 → 亿元) — rounding then drops only zeros
     * of the factor, so the product's digits are the value's, shifted.
     */
    public static BigDecimal multiply(BigDecimal value, BigDecimal factor) {
        if (factor.signum() > 0) {
            int zeros = factor.precision() - 1;
            int drop = value.precision() + zeros - MATH.getPrecision();
            if (drop > 0 && drop <= zeros && zeros < TEN_POWERS.length
                    && factor.unscaledValue().equals(TEN_POWERS[zeros])) {
                BigInteger digits = value.unscaledValue();
                if (zeros > drop) {
                    digits = digits.multiply(TEN_POWERS[zeros - drop]);
                }
                return new BigDecimal(digits, value.scale() + factor.scale() - drop);
            }
        }
        return value.multiply(factor, MATH);
    }

    /** Rounded for display to the indicator's precision, half-up as Chinese statistical tables round. */
    public static BigDecimal forDisplay(BigDecimal value, int scale) {
        return value == null ? null : value.setScale(scale, RoundingMode.HALF_UP);
    }
}
