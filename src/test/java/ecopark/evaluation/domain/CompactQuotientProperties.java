package ecopark.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Scale;

/**
 * Decimals.divide divides decimals of long digits by long division: its results must be divide(…, MATH)'s, digit
 * for digit and scale for scale (BigDecimal.equals compares both), exact quotients, ties and carries included.
 */
class CompactQuotientProperties {

    private static void assertSameAsBigDecimal(BigDecimal dividend, BigDecimal divisor) {
        BigDecimal expected = dividend.divide(divisor, Decimals.MATH);
        assertThat(Decimals.divide(dividend, divisor)).as("%s ÷ %s", dividend, divisor).isEqualTo(expected);
    }

    @Property(tries = 5000)
    void a_ratio_of_statistics_is_what_bigdecimal_gives(
            @ForAll @BigRange(min = "-100000000", max = "100000000") @Scale(4) BigDecimal numerator,
            @ForAll @BigRange(min = "0.0001", max = "100000000") @Scale(4) BigDecimal denominator,
            @ForAll boolean negative) {
        assertSameAsBigDecimal(numerator, negative ? denominator.negate() : denominator);
    }

    @Property(tries = 5000)
    void any_long_digits_at_any_scale_are_what_bigdecimal_gives(
            @ForAll("digits") long dividend, @ForAll @IntRange(min = -40, max = 40) int dividendScale,
            @ForAll("digits") long divisor, @ForAll @IntRange(min = -40, max = 40) int divisorScale) {
        if (divisor == 0) {
            return;
        }
        assertSameAsBigDecimal(BigDecimal.valueOf(dividend, dividendScale), BigDecimal.valueOf(divisor, divisorScale));
    }

    @Property(tries = 3000)
    void exact_quotients_keep_the_scale_bigdecimal_gives(
            @ForAll @LongRange(min = 1, max = 999_999) long quotient,
            @ForAll @LongRange(min = -99_999_999, max = 99_999_999) long divisor,
            @ForAll @IntRange(min = -10, max = 20) int dividendScale,
            @ForAll @IntRange(min = -10, max = 20) int divisorScale,
            @ForAll @IntRange(min = 0, max = 4) int trailingZeros) {
        if (divisor == 0) {
            return;
        }
        long dividend = quotient * divisor * (long) Math.pow(10, trailingZeros);
        assertSameAsBigDecimal(BigDecimal.valueOf(dividend, dividendScale), BigDecimal.valueOf(divisor, divisorScale));
    }

    @Property(tries = 2000)
    void quotients_by_powers_of_two_and_five_end_in_ties_and_terminate(
            @ForAll @IntRange(min = 0, max = 56) int twos, @ForAll @IntRange(min = 0, max = 24) int fives,
            @ForAll @LongRange(min = 1, max = 999_999_999_999L) long dividend,
            @ForAll @IntRange(min = -5, max = 10) int scale) {
        BigInteger divisor = BigInteger.TWO.pow(twos).multiply(BigInteger.valueOf(5).pow(fives));
        if (divisor.bitLength() > 62) {
            return;
        }
        assertSameAsBigDecimal(BigDecimal.valueOf(dividend, scale), BigDecimal.valueOf(divisor.longValue(), scale));
        assertSameAsBigDecimal(BigDecimal.valueOf(dividend * 3 + 1, scale), BigDecimal.valueOf(divisor.longValue()));
    }

    @Example
    void a_tie_at_the_35th_digit_rounds_to_even_and_nines_carry_to_a_lower_scale() {
        // 1 ÷ 2^50 has 35 digits ending in 5: a tie.
        assertSameAsBigDecimal(BigDecimal.ONE, BigDecimal.valueOf(1L << 50));
        assertSameAsBigDecimal(BigDecimal.valueOf(3), BigDecimal.valueOf(1L << 50));
        // 1 ÷ (1 + 10^-17) = 0.99…9 (17 nines) 00…0 1 …: and ÷ 3, 7, 9 with repeating nines.
        assertSameAsBigDecimal(BigDecimal.ONE, new BigDecimal("1.00000000000000001"));
        assertSameAsBigDecimal(new BigDecimal("999999999999999999"), new BigDecimal("999999999999999998"));
        assertSameAsBigDecimal(BigDecimal.ONE, BigDecimal.valueOf(9));
        assertSameAsBigDecimal(new BigDecimal("100000000000000000"), new BigDecimal("99999999999999999"));
        assertSameAsBigDecimal(new BigDecimal("1.0000"), new BigDecimal("1.0000"));
        assertSameAsBigDecimal(new BigDecimal("1E+20"), new BigDecimal("1E-20"));
        assertSameAsBigDecimal(new BigDecimal("-7.5000"), new BigDecimal("2.5"));
    }

    /** Longs of every length up to 18 digits, with runs of nines and zeros. */
    @Provide
    Arbitrary<Long> digits() {
        Arbitrary<Long> lengths = Arbitraries.integers().between(1, 18)
                .flatMap(n -> Arbitraries.longs().between(-((long) Math.pow(10, n) - 1), (long) Math.pow(10, n) - 1));
        Arbitrary<Long> nines = Arbitraries.integers().between(1, 18).map(n -> (long) Math.pow(10, n) - 1);
        Arbitrary<Long> tens = Arbitraries.integers().between(0, 17).map(n -> (long) Math.pow(10, n));
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(6, lengths), net.jqwik.api.Tuple.of(1, nines),
                net.jqwik.api.Tuple.of(1, tens));
    }
}
