package ecopark.evaluation.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * k-th roots in BigDecimal, which has none: Newton's iteration xᵢ₊₁ = ((k − 1)·xᵢ + a ÷ xᵢ^(k−1)) ÷ k, run with ten guard
 * digits beyond the requested precision and then rounded to it. Started from the double estimate, it converges
 * quadratically; the guard digits make an exact root (∛1.520875 = 1.15) come out exact after rounding, which the
 * threshold tests rely on.
 */
public final class Roots {

    private static final int GUARD_DIGITS = 10;
    private static final int MAX_ITERATIONS = 200;

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
        BigDecimal x = initialEstimate(a, k);
        // Converged when a step is within a few units of the last working digit: Newton's quadratic convergence
        // makes the remaining error far smaller than the guard digits, and last-digit rounding cannot stall the loop.
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

    private static BigDecimal initialEstimate(BigDecimal a, int k) {
        double d = a.doubleValue();
        if (Double.isFinite(d) && d > 0) {
            double estimate = Math.pow(d, 1.0 / k);
            if (Double.isFinite(estimate) && estimate > 0) {
                return new BigDecimal(estimate);
            }
        }
        // Outside double's range: 10^(exponent ÷ k) is close enough for Newton to converge.
        int exponent = a.precision() - a.scale() - 1;
        return BigDecimal.ONE.movePointRight(exponent / k);
    }
}
