package ecopark.evaluation.domain;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;

/**
 * The k-th root of a positive decimal to 34 digits without BigInteger arithmetic: the double estimate x corrected by
 * the binomial series, x·(1 + δ)^(1/k) with δ = a ÷ xᵏ − 1. Halley's exact step ({@link Roots}) multiplies and divides
 * numbers of 17·k digits for it, which was a third of an evaluation's time; here xᵏ and a are taken to 192 bits in
 * longs (error ~10⁻⁵⁵), δ (about 10⁻¹⁵) from their difference in double-double arithmetic (~10⁻⁴⁶), and the
 * correction x·(δ/k + c₂δ² + c₃δ³) in double-double as well, which puts the root within ~10⁻¹¹ of a unit of its 34th
 * digit.
 *
 * <p>That is far closer than the rounded step's guard digits are to the root, so where the root lies more than
 * {@link #MARGIN} of a unit from a rounding boundary the rounded step, Halley's exact step and this all round alike;
 * nearer one (an exact root, a tie in the making), or outside the ranges this handles, it returns null and the callers
 * take the steps as before. Only for {@link Decimals#MATH}: 34 digits, half-even.
 */
final class CorrectedRoot {

    private static final int PRECISION = 34;
    private static final double MARGIN = 1e-4;
    /**
     * A double estimate is within a few units of 10⁻¹⁶: a larger δ means something unforeseen, left to the steps
     * (and keeps Halley's step, whose error grows as δ³, within 10⁻⁷ of a unit of the root).
     */
    private static final double MAX_DELTA = 1e-14;
    private static final double FAST_MIN = 1e-30;
    private static final double FAST_MAX = 1e30;
    /** 10^n for n below this, as 192-bit mantissas: enough for any ratio of statistics at degrees up to 12. */
    private static final int TEN_POWERS = 700;
    private static final long[][] TEN_MANTISSA = new long[TEN_POWERS][];
    private static final int[] TEN_EXPONENT = new int[TEN_POWERS];
    private static final long TEN_17 = 100_000_000_000_000_000L;

    static {
        for (int n = 0; n < TEN_POWERS; n++) {
            BigInteger power = BigInteger.TEN.pow(n);
            int shift = power.bitLength() - 192;
            BigInteger top = shift >= 0 ? power.shiftRight(shift) : power.shiftLeft(-shift);
            TEN_MANTISSA[n] = new long[] {top.longValue(), top.shiftRight(64).longValue(),
                    top.shiftRight(128).longValue()};
            TEN_EXPONENT[n] = shift;
        }
    }

    private CorrectedRoot() {
    }

    /**
     * The root rounded to 34 digits half-even, or null where this does not decide it.
     *
     * @param approximate a as a double
     */
    static BigDecimal root(BigDecimal a, int k, double approximate) {
        if (!(approximate >= FAST_MIN && approximate <= FAST_MAX) || k < 2 || k > 12) {
            return null;
        }
        double estimate = Math.pow(approximate, 1.0 / k);
        int exponent = (int) Math.floor(Math.log10(estimate));
        // x = X · 10^-xScale, X of 17 digits
        int xScale = 16 - exponent;
        long x = Math.round(estimate * Math.pow(10, xScale));
        if (x < TEN_17 / 10 || x >= TEN_17) {
            return null;
        }
        BigInteger digits = a.unscaledValue();
        if (digits.bitLength() > 128) {
            return null;
        }
        // t = a ÷ xᵏ = A·10^m ÷ Xᵏ: Q = A (·10^m), P = Xᵏ (·10^-m), each a 192-bit mantissa and a binary exponent.
        long m = (long) k * xScale - a.scale();
        if (Math.abs(m) >= TEN_POWERS) {
            return null;
        }
        long[] q = new long[3];
        int qExponent = normalized(q, digits);
        long[] p = new long[3];
        int pExponent = -128 - Long.numberOfLeadingZeros(x);
        p[2] = x << Long.numberOfLeadingZeros(x);
        long[] xMantissa = {0, 0, p[2]};
        long[] product = new long[6];
        int xExponent = pExponent;
        for (int i = 1; i < k; i++) {
            pExponent += multiply(p, xMantissa, product) + xExponent;
        }
        if (m > 0) {
            qExponent += multiply(q, TEN_MANTISSA[(int) m], product) + TEN_EXPONENT[(int) m];
        } else if (m < 0) {
            pExponent += multiply(p, TEN_MANTISSA[(int) -m], product) + TEN_EXPONENT[(int) -m];
        }

        // δ = (Q − P) ÷ P, the difference taken at the larger of the two exponents.
        int common = Math.max(pExponent, qExponent);
        if (common - Math.min(pExponent, qExponent) > 1) {
            return null;
        }
        long[] difference = new long[3];
        boolean negative = subtract(q, common - qExponent, p, common - pExponent, difference);
        int zeros = leadingZeros(difference);
        if (zeros >= 192) {
            return null;
        }
        shiftLeft(difference, zeros);
        // Both as fractions of 2^192 · 2^pExponent.
        double[] d = toDoubleDouble(difference, common - pExponent - zeros);
        double[] pp = toDoubleDouble(p, 0);
        double[] delta = divide(negative ? -d[0] : d[0], negative ? -d[1] : d[1], pp[0], pp[1]);
        if (!(Math.abs(delta[0]) <= MAX_DELTA)) {
            return null;
        }

        // c = (1 + δ)^(1/k) − 1 = δ/k + c₂δ² + c₃δ³ (+ a δ⁴ term below 10⁻⁵⁵)
        double inverse = 1.0 / k;
        double c2 = inverse * (inverse - 1) / 2;
        double c3 = c2 * (inverse - 2) / 3;
        double firstHigh = delta[0] / k;
        double firstLow = (Math.fma(-firstHigh, k, delta[0]) + delta[1]) / k;
        double tail = delta[0] * delta[0] * (c2 + c3 * delta[0]);
        double[] c = twoSum(firstHigh, firstLow + tail);

        // The root's 34 digits are X·10^17·(1 + c) = X·10^17 + Y; Y = J·10^17 + Y', |Y'| ≤ 10^17 / 2.
        double xHigh = (double) x;
        double xLow = (double) (x - (long) xHigh);
        double[] scaledX = twoProduct(xHigh, 1e17);
        scaledX = twoSum(scaledX[0], scaledX[1] + xLow * 1e17);
        double[] y = multiply(scaledX[0], scaledX[1], c[0], c[1]);
        long whole = Math.round(y[0] / 1e17);
        double[] wholePart = twoProduct((double) whole, 1e17);
        double[] rest = twoSum(y[0] - wholePart[0], y[1] - wholePart[1]);
        double restFloor = Math.floor(rest[0]);
        double sum = (rest[0] - restFloor) + rest[1];
        double sumFloor = Math.floor(sum);
        double fraction = sum - sumFloor;
        if (!(fraction > MARGIN && fraction < 1 - MARGIN && Math.abs(fraction - 0.5) > MARGIN)) {
            return null;
        }
        long high = x + whole;
        long low = (long) restFloor + (long) sumFloor + (fraction > 0.5 ? 1 : 0);
        while (low < 0) {
            low += TEN_17;
            high--;
        }
        while (low >= TEN_17) {
            low -= TEN_17;
            high++;
        }
        // An estimate on the wrong side of a power of ten: 33 or 35 digits, left to the steps.
        if (high < TEN_17 / 10 || high >= TEN_17) {
            return null;
        }
        return new BigDecimal(CompactQuotient.sum(high, TEN_17, low, 1), PRECISION - 1 - exponent);
    }

    /** A's (at most 128) bits as a normalized 192-bit mantissa; returns its binary exponent. */
    private static int normalized(long[] mantissa, BigInteger digits) {
        long low = digits.longValue();
        long high = digits.bitLength() > 64 ? digits.shiftRight(64).longValue() : 0;
        mantissa[0] = 0;
        mantissa[1] = low;
        mantissa[2] = high;
        int zeros = leadingZeros(mantissa);
        shiftLeft(mantissa, zeros);
        return -64 - zeros;
    }

    /**
     * a := the top 192 bits of a · b (both normalized), normalized; returns what the exponent grows by beyond the
     * sum of the two exponents.
     */
    private static int multiply(long[] a, long[] b, long[] product) {
        Arrays.fill(product, 0);
        for (int i = 0; i < 3; i++) {
            if (a[i] == 0) {
                continue;
            }
            for (int j = 0; j < 3; j++) {
                if (b[j] == 0) {
                    continue;
                }
                long lowBits = a[i] * b[j];
                long highBits = Math.multiplyHigh(a[i], b[j]) + ((a[i] >> 63) & b[j]) + ((b[j] >> 63) & a[i]);
                add(product, i + j, lowBits);
                add(product, i + j + 1, highBits);
            }
        }
        int shift = product[5] < 0 ? 0 : 1;
        if (shift == 1) {
            for (int i = 5; i > 0; i--) {
                product[i] = (product[i] << 1) | (product[i - 1] >>> 63);
            }
            product[0] <<= 1;
        }
        a[0] = product[3];
        a[1] = product[4];
        a[2] = product[5];
        return 192 - shift;
    }

    private static void add(long[] limbs, int index, long value) {
        for (int i = index; i < limbs.length && value != 0; i++) {
            long sum = limbs[i] + value;
            value = Long.compareUnsigned(sum, limbs[i]) < 0 ? 1 : 0;
            limbs[i] = sum;
        }
    }

    /** into := (a >> aShift) − (b >> bShift) in magnitude; returns whether it is negative. Shifts are 0 or 1. */
    private static boolean subtract(long[] a, int aShift, long[] b, int bShift, long[] into) {
        long[] x = shiftedRight(a, aShift);
        long[] y = shiftedRight(b, bShift);
        boolean negative = false;
        for (int i = 2; i >= 0; i--) {
            if (x[i] != y[i]) {
                negative = Long.compareUnsigned(x[i], y[i]) < 0;
                break;
            }
        }
        if (negative) {
            long[] t = x;
            x = y;
            y = t;
        }
        long borrow = 0;
        for (int i = 0; i < 3; i++) {
            long diff = x[i] - y[i] - borrow;
            borrow = Long.compareUnsigned(x[i], y[i]) < 0 || (x[i] == y[i] && borrow == 1) ? 1 : 0;
            into[i] = diff;
        }
        return negative;
    }

    private static long[] shiftedRight(long[] a, int shift) {
        if (shift == 0) {
            return a;
        }
        return new long[] {(a[0] >>> 1) | (a[1] << 63), (a[1] >>> 1) | (a[2] << 63), a[2] >>> 1};
    }

    private static int leadingZeros(long[] a) {
        for (int i = 2; i >= 0; i--) {
            if (a[i] != 0) {
                return (2 - i) * 64 + Long.numberOfLeadingZeros(a[i]);
            }
        }
        return 192;
    }

    private static void shiftLeft(long[] a, int bits) {
        int limbs = bits / 64;
        int rest = bits % 64;
        for (int i = 2; i >= 0; i--) {
            int from = i - limbs;
            long value = from >= 0 ? a[from] << rest : 0;
            if (rest != 0 && from - 1 >= 0) {
                value |= a[from - 1] >>> (64 - rest);
            }
            a[i] = value;
        }
    }

    /** A normalized mantissa's top 106 bits as a double-double, times 2^(exponent − 192). */
    private static double[] toDoubleDouble(long[] a, int exponent) {
        double high = Math.scalb((double) (a[2] >>> 11), exponent - 53);
        double low = Math.scalb((double) (((a[2] & 0x7FFL) << 42) | (a[1] >>> 22)), exponent - 106);
        return twoSum(high, low);
    }

    private static double[] twoSum(double a, double b) {
        double s = a + b;
        double v = s - a;
        return new double[] {s, (a - (s - v)) + (b - v)};
    }

    private static double[] twoProduct(double a, double b) {
        double p = a * b;
        return new double[] {p, Math.fma(a, b, -p)};
    }

    private static double[] multiply(double ah, double al, double bh, double bl) {
        double[] p = twoProduct(ah, bh);
        return twoSum(p[0], p[1] + ah * bl + al * bh);
    }

    private static double[] divide(double nh, double nl, double dh, double dl) {
        double q1 = nh / dh;
        double[] p = twoProduct(q1, dh);
        double r = ((nh - p[0]) - p[1] + nl - q1 * dl);
        return twoSum(q1, r / dh);
    }
}
