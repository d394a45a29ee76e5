package ecopark.evaluation.domain;

import java.math.BigDecimal;

/**
 * Average annual (geometric) growth rate: (to ÷ from)^(1/years) − 1, as a fraction (0.15 = 15%).
 *
 * <p>HJ 274-2015 uses it twice: the three-year average growth rates of indicators 3 and 9
 * ((Vₙ ÷ Vₙ₋₃)^(1/3) − 1), and the "建设期年均增长率" of the elasticity coefficients 10, 13 and 25, which this product
 * defines as the growth from the park's construction base year to the report year, over (report year − base year)
 * years. It is undefined for a base value that is not positive or a period shorter than a year.
 */
public final class GrowthRate {

    private GrowthRate() {
    }

    public static BigDecimal annualAverage(BigDecimal from, BigDecimal to, int years) {
        if (years < 1) {
            throw new IllegalArgumentException("A growth rate needs a period of at least one year: " + years);
        }
        if (from.signum() <= 0) {
            throw new ArithmeticException("Growth from a base value that is not positive: " + from);
        }
        if (to.signum() < 0) {
            throw new ArithmeticException("Growth to a negative value: " + to);
        }
        BigDecimal ratio = Decimals.divide(to, from);
        return minusOne(Roots.root(ratio, years, Decimals.MATH));
    }

    /**
     * root − 1 rounded to {@link Decimals#MATH}: a root has at most 34 digits, so at a scale from 0 to 34 the
     * difference has at most 34 as well and is exact; subtract(ONE, MATH) gives the same after checking its
     * precision, which for these numbers costs more than the subtraction.
     */
    static BigDecimal minusOne(BigDecimal root) {
        int scale = root.scale();
        return scale >= 0 && scale <= Decimals.MATH.getPrecision() && root.signum() != 0
                ? root.subtract(BigDecimal.ONE) : root.subtract(BigDecimal.ONE, Decimals.MATH);
    }

    /** HJ 274-2015, indicators 3 and 9: ((Vₙ ÷ Vₙ₋₃)^(1/3) − 1). */
    public static BigDecimal threeYear(BigDecimal threeYearsBefore, BigDecimal reportYear) {
        return annualAverage(threeYearsBefore, reportYear, 3);
    }

    /**
     * Annual average reduction rate of an intensity over the construction period: 1 − (Iₙ ÷ I_base)^(1/(n − base)),
     * the negative of its growth rate (HJ 274-2015, indicator 26).
     */
    public static BigDecimal annualReduction(BigDecimal base, BigDecimal reportYear, int years) {
        return annualAverage(base, reportYear, years).negate();
    }
}
