package ecopark.evaluation.domain;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * k-th roots in BigDecimal, which has none. Started from the double estimate, one step of Halley's method (degrees up to
 * 12) or Newton's iteration xᵢ₊₁ = ((k − 1)·xᵢ + a ÷ xᵢ^(k−1)) ÷ k until it settles, computed with ten guard digits beyond
 * the requested precision and then rounded to it. The guard digits make an exact root (∛1.520875 = 1.15) come out
 * exact after rounding, which the threshold tests rely on.
 *
 * <p>Roots are most of an evaluation's cost. At 34 digits the double estimate is first corrected in long and
 * double-double arithmetic ({@link CorrectedRoot}); failing that, Halley's step runs in exact integer arithmetic with
 * one division. Either result is kept only where it shows that it rounds unambiguously; a root that is exact or lies
 * near a rounding boundary takes the step in rounded arithmetic, so every result is the same as that step's.
 */
public final class Roots {

    private static final int GUARD_DIGITS = 10;
    private static final int MAX_ITERATIONS = 200;
    /** Construction periods are years: Halley's single step is exact enough up to this degree. */
    private static final int HALLEY_MAX_DEGREE = 12;
    private static final MathContext DOUBLE_DIGITS = new MathContext(17, RoundingMode.HALF_EVEN);
    /**
     * How far (as a fraction of the last digit kept) the exact step must stay from a rounding boundary to be used: a
     * million times the rounded step's error, and a fallback for about one root in 2,500.
     */
    private static final double BOUNDARY_MARGIN = 1e-4;
    private static final BigInteger[] TEN_POWERS = new BigInteger[200];
    /** The fast estimate's range: Math.pow is accurate to ~10⁻¹⁵ here, so one exact step is accurate to ~10⁻⁴³. */
    private static final double FAST_MIN = 1e-30;
    private static final double FAST_MAX = 1e30;

    static {
        TEN_POWERS[0] = BigInteger.ONE;
        for (int i = 1; i < TEN_POWERS.length; i++) {
            TEN_POWERS[i] = TEN_POWERS[i - 1].multiply(BigInteger.TEN);
        }
    }

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
        if (k <= HALLEY_MAX_DEGREE && mc.getRoundingMode() == RoundingMode.HALF_EVEN) {
            if (mc.getPrecision() == Decimals.MATH.getPrecision()) {
                BigDecimal corrected = CorrectedRoot.root(a, k, approximate(a));
                if (corrected != null) {
                    return corrected;
                }
            }
            BigDecimal fast = exactHalley(a, k, mc);
            if (fast != null) {
                return fast;
            }
        }
        return rounded(a, k, mc);
    }

    /**
     * The root of a positive number by Halley's step (or Newton's iteration) in rounded arithmetic with guard digits:
     * the result {@link #exactHalley} must agree with wherever it is used (package-private for the property that does).
     */
    static BigDecimal rounded(BigDecimal a, int k, MathContext mc) {
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
     * two of each.
     */
    private static BigDecimal halley(BigDecimal a, int k, BigDecimal x, MathContext work) {
        BigDecimal xk = x.pow(k, work);
        BigDecimal kMinus1 = BigDecimal.valueOf(k - 1L);
        BigDecimal kPlus1 = BigDecimal.valueOf(k + 1L);
        BigDecimal numerator = kMinus1.multiply(xk, work).add(kPlus1.multiply(a, work), work);
        BigDecimal denominator = kPlus1.multiply(xk, work).add(kMinus1.multiply(a, work), work);
        return x.multiply(numerator, work).divide(denominator, work);
    }

    /**
     * Halley's step in exact integer arithmetic from a long estimate, its quotient taken once to {@code mc}'s digits
     * with the remainder telling how to round — or null when the remainder lies within {@link #BOUNDARY_MARGIN} of a
     * rounding boundary (an exact root, or a tie in the making), where {@link #rounded} decides as it always has. The
     * rounded step differs from the exact one by a few units of its last guard digit, 10⁻¹⁰ of the last digit kept,
     * so beyond the margin both round alike. Rounded arithmetic costs a division per product; this costs one.
     */
    private static BigDecimal exactHalley(BigDecimal a, int k, MathContext mc) {
        double d = approximate(a);
        if (!(d >= FAST_MIN && d <= FAST_MAX)) {
            return null;
        }
        double estimate = Math.pow(d, 1.0 / k);
        int exponent = (int) Math.floor(Math.log10(estimate));
        // x = the estimate's 17 digits · 10^-xScale
        int xScale = 16 - exponent;
        BigInteger x = BigInteger.valueOf(Math.round(estimate * Math.pow(10, xScale)));
        // xᵏ and a on one scale: p = xᵏ, q = a; numerator k(p + q) − (p − q), denominator k(p + q) + (p − q)
        int scale = Math.max(k * xScale, a.scale());
        BigInteger p = timesTenTo(x.pow(k), scale - k * xScale);
        BigInteger q = timesTenTo(a.unscaledValue(), scale - a.scale());
        BigInteger difference = p.subtract(q);
        BigInteger kSum = p.add(q).multiply(BigInteger.valueOf(k));
        BigInteger numerator = x.multiply(kSum.subtract(difference));
        BigInteger denominator = kSum.add(difference);
        // The root lies in [10^exponent, 10^(exponent + 1)): its mc digits are x·numerator ÷ denominator · 10^shift.
        int rootScale = mc.getPrecision() - 1 - exponent;
        int shift = rootScale - xScale;
        if (shift >= 0) {
            numerator = timesTenTo(numerator, shift);
        } else {
            denominator = timesTenTo(denominator, -shift);
        }
        BigInteger[] split = numerator.divideAndRemainder(denominator);
        double fraction = split[1].doubleValue() / denominator.doubleValue();
        if (!(fraction > BOUNDARY_MARGIN && fraction < 1 - BOUNDARY_MARGIN
                && Math.abs(fraction - 0.5) > BOUNDARY_MARGIN)) {
            return null;
        }
        BigDecimal root = new BigDecimal(fraction > 0.5 ? split[0].add(BigInteger.ONE) : split[0], rootScale);
        // An estimate on the wrong side of a power of ten, or 99…9 rounding up: left to the rounded step.
        return root.precision() == mc.getPrecision() ? root : null;
    }

    /** a as a double, without BigDecimal.doubleValue's detour through a string; NaN or infinite out of range. */
    private static double approximate(BigDecimal a) {
        double unscaled = a.unscaledValue().doubleValue();
        return a.scale() >= 0 ? unscaled / Math.pow(10, a.scale()) : unscaled * Math.pow(10, -a.scale());
    }

    private static BigInteger timesTenTo(BigInteger value, int n) {
        if (n == 0) {
            return value;
        }
        return value.multiply(n < TEN_POWERS.length ? TEN_POWERS[n] : BigInteger.TEN.pow(n));
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
