package ecopark.evaluation.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * k-th roots in BigDecimal, which has none. Started from the double estimate, one step of Halley's method (degrees up to
 * 12) or Newton's iteration xᵢ₊₁ = ((k − 1)·xᵢ + a ÷ xᵢ^(k−1)) ÷ k until it settles, computed with ten guard digits beyond
 * the requested precision and then rounded to it. The guard digits make an exact root (∛1.520875 = 1.15) come out
 * exact after rounding, which the threshold tests rely on.
 */
public final class Roots {

    private static final int GUARD_DIGITS = 10;
    private static final int MAX_ITERATIONS = 200;
    /** Construction periods are years: Halley's single step is exact enough up to this degree. */
    private static final int HALLEY_MAX_DEGREE = 12;
    private static final MathContext DOUBLE_DIGITS = new MathContext(17, RoundingMode.HALF_EVEN);

    private Roots() {
    }

    /** The real, non-negative k-th root of a non-negative number. */
    public static BigDecimal root(BigDecimal a, int k, MathContext mc) {
        if (k < 1) {
            throw new IllegalArgumentException("Root degree must be at least 1: " + k);
        }
        if (a.signum() < 0) {
            throw new ArithmeticException("No real root of a negative number: " + a);
        }
        if (a.signum() == 0) {
            return BigDecimal.ZERO;
        }
        if (k == 1) {
            return a.round(mc);
        }
        MathContext work = new MathContext(mc.getPrecision() + GUARD_DIGITS, RoundingMode.HALF_EVEN);
        BigDecimal degree = BigDecimal.valueOf(k);
        BigDecimal degreeLess1 = BigDecimal.valueOf(k - 1L);
        BigDecimal estimate = fromDouble(a, k);
        if (estimate != null && k <= HALLEY_MAX_DEGREE) {
            return halley(a, k, estimate, work).round(mc);
        }
        BigDecimal x = estimate != null ? estimate : fromExponent(a, k);
        BigDecimal tolerance = BigDecimal.ONE.movePointLeft(work.getPrecision() - 3);
        for (int i = 0; i < MAX_ITERATIONS; i++) {
            BigDecimal next = degreeLess1.multiply(x, work)
                    .add(a.divide(x.pow(k - 1, work), work), work)
                    .divide(degree, work);
            BigDecimal step = next.subtract(x, work).abs();
            x = next;
            if (step.compareTo(tolerance.multiply(x, work)) <= 0) {
                break;
            }
        }
        return x.round(mc);
    }

    public static BigDecimal cubeRoot(BigDecimal a, MathContext mc) {
        return root(a, 3, mc);
    }

    /**
     * One step of Halley's method, x·((k − 1)·xᵏ + (k + 1)·a) ÷ ((k + 1)·xᵏ + (k − 1)·a), which triples the correct
     * digits: from double's ~3e-16 relative error to below 1e-45 for degrees up to {@value #HALLEY_MAX_DEGREE} (the
     * error constant grows with k²), beyond the working precision. One power and one division instead of Newton's
     * two of each — the roots are most of an evaluation's cost.
     */
    private static BigDecimal halley(BigDecimal a, int k, BigDecimal x, MathContext work) {
        BigDecimal xk = x.pow(k, work);
        BigDecimal kMinus1 = BigDecimal.valueOf(k - 1L);
        BigDecimal kPlus1 = BigDecimal.valueOf(k + 1L);
        BigDecimal numerator = kMinus1.multiply(xk, work).add(kPlus1.multiply(a, work), work);
        BigDecimal denominator = kPlus1.multiply(xk, work).add(kMinus1.multiply(a, work), work);
        return x.multiply(numerator, work).divide(denominator, work);
    }

    /** Math.pow's estimate, rounded to the 17 digits a double holds; null outside double's range. */
    private static BigDecimal fromDouble(BigDecimal a, int k) {
        double d = a.doubleValue();
        if (Double.isFinite(d) && d > Double.MIN_NORMAL) {
            double estimate = Math.pow(d, 1.0 / k);
            if (Double.isFinite(estimate) && estimate > 0) {
                return new BigDecimal(estimate, DOUBLE_DIGITS);
            }
        }
        return null;
    }

    /** 10^(exponent ÷ k): close enough for Newton to converge, in more steps. */
    private static BigDecimal fromExponent(BigDecimal a, int k) {
        int exponent = a.precision() - a.scale() - 1;
        return BigDecimal.ONE.movePointRight(exponent / k);
    }
}
