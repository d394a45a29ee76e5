package ecopark.evaluation.domain;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * The quotient of two decimals whose digits fit in a long, to {@link Decimals#MATH}'s 34 digits: the very result of
 * {@code dividend.divide(divisor, MATH)}, digit for digit and scale for scale, by schoolbook long division in chunks
 * of digits that fit in a long. BigDecimal instead widens the dividend to a 34-digit BigInteger and divides that,
 * which was a fifth of an evaluation's time: every ratio of two statistics (stored with at most 24 digits, mostly far
 * fewer) divides like this.
 *
 * <p>What BigDecimal's result is, by its specification: an exact quotient of at most 34 digits is returned at the
 * scale closest to the preferred scale (dividend's scale − divisor's scale), so its trailing zeros are stripped down to
 * that scale; any other quotient is rounded half-even to exactly 34 digits (a rounding up that carries to a 35th digit,
 * 99…9 → 100…0, leaves 34 digits one scale lower).
 */
final class CompactQuotient {

    private static final int PRECISION = 34;
    /** The quotient's digits are kept in two longs: at most this many in each until the second takes the rest. */
    private static final int HALF = 17;
    private static final long[] TEN_POWERS = new long[19];

    static {
        TEN_POWERS[0] = 1;
        for (int i = 1; i < TEN_POWERS.length; i++) {
            TEN_POWERS[i] = TEN_POWERS[i - 1] * 10;
        }
    }

    private CompactQuotient() {
    }

    /**
     * dividend ÷ divisor rounded to 34 digits half-even, or null where this division does not apply: a zero on either
     * side, a dividend of more than 18 digits, a divisor of more than 17 (a remainder times 10 must fit in a long), or
     * a scale beyond an int's range.
     */
    static BigDecimal divide(BigDecimal dividend, BigDecimal divisor) {
        if (dividend.signum() == 0 || divisor.signum() == 0 || dividend.precision() > 18
                || divisor.precision() > 17) {
            return null;
        }
        long preferredScale = (long) dividend.scale() - divisor.scale();
        if (Math.abs(preferredScale) > Integer.MAX_VALUE - 2 * PRECISION) {
            return null;
        }
        long n = Math.abs(unscaled(dividend));
        long d = Math.abs(unscaled(divisor));
        // Each step brings down `chunk` digits: the remainder (below d) times 10^chunk stays below 10^18.
        int chunk = 18 - divisor.precision();

        // The quotient so far is high · 10^lowDigits + low; `fraction` of its digits lie after the point.
        long high = n / d;
        long remainder = n % d;
        int highDigits = digits(high);
        long low = 0;
        int lowDigits = 0;
        int fraction = 0;
        while (remainder != 0 && highDigits + lowDigits < PRECISION) {
            int significant = highDigits + lowDigits;
            // Before the first significant digit any chunk fits; after it, none may cross into the next half.
            int step = significant == 0 ? chunk
                    : Math.min(chunk, (significant < HALF ? HALF : PRECISION) - significant);
            long scaled = remainder * TEN_POWERS[step];
            long next = scaled / d;
            remainder = scaled % d;
            fraction += step;
            if (significant < HALF) {
                high = high * TEN_POWERS[step] + next;
                highDigits = digits(high);
            } else {
                low = low * TEN_POWERS[step] + next;
                lowDigits += step;
            }
        }

        if (remainder == 0) {
            // Exact: trailing zeros stripped down to the preferred scale.
            while (fraction > 0 && (lowDigits > 0 ? low : high) % 10 == 0) {
                if (lowDigits > 0) {
                    low /= 10;
                    lowDigits--;
                } else {
                    high /= 10;
                }
                fraction--;
            }
        } else if (roundsUp(remainder, d, lowDigits > 0 ? low : high)) {
            // 34 digits, so low holds at least 16 of them.
            low++;
            if (low == TEN_POWERS[lowDigits]) {
                low = 0;
                high++;
                if (high == TEN_POWERS[highDigits]) {
                    // 99…9 + 1: 10^34, which is 10^33 one scale lower.
                    high /= 10;
                    fraction--;
                }
            }
        }
        int scale = (int) (preferredScale + fraction);
        boolean negative = dividend.signum() != divisor.signum();
        if (lowDigits == 0) {
            return BigDecimal.valueOf(negative ? -high : high, scale);
        }
        return new BigDecimal(sum(high, TEN_POWERS[lowDigits], low, negative ? -1 : 1), scale);
    }

    /** The digits of a compact decimal; scale 0 makes longValue() read them without building a BigInteger. */
    private static long unscaled(BigDecimal value) {
        return value.scaleByPowerOfTen(value.scale()).longValue();
    }

    /**
     * high · power + low as a BigInteger, all three non-negative and below 10^18: at most 118 bits, built from two
     * longs in one step (BigInteger's multiply and add would allocate four numbers for it).
     */
    static BigInteger sum(long high, long power, long low, int signum) {
        long upper = Math.multiplyHigh(high, power);
        long lower = high * power;
        long total = lower + low;
        if (Long.compareUnsigned(total, lower) < 0) {
            upper++;
        }
        byte[] magnitude = new byte[16];
        for (int i = 0; i < 8; i++) {
            magnitude[7 - i] = (byte) (upper >>> (8 * i));
            magnitude[15 - i] = (byte) (total >>> (8 * i));
        }
        return new BigInteger(signum, magnitude);
    }

    /** Half-even: above half a unit of the last digit rounds up, exactly half only onto an even digit. */
    private static boolean roundsUp(long remainder, long divisor, long lastDigits) {
        // remainder < divisor < 10^17, so twice it does not overflow.
        long twice = remainder * 2;
        return twice > divisor || (twice == divisor && (lastDigits & 1) == 1);
    }

    private static int digits(long value) {
        int digits = 0;
        while (digits < TEN_POWERS.length && value >= TEN_POWERS[digits]) {
            digits++;
        }
        return digits;
    }
}
