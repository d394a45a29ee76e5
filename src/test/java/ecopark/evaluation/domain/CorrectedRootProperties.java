package ecopark.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Random;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Scale;

/**
 * The corrected double estimate decides a root only where it rounds unambiguously, and then exactly as Halley's step
 * in rounded arithmetic does (digit for digit, scale for scale); it must also decide nearly every root of a growth
 * rate, or it saves nothing.
 */
class CorrectedRootProperties {

    private static BigDecimal corrected(BigDecimal a, int k) {
        double approximate = a.scale() >= 0 ? a.unscaledValue().doubleValue() / Math.pow(10, a.scale())
                : a.unscaledValue().doubleValue() * Math.pow(10, -a.scale());
        return CorrectedRoot.root(a, k, approximate);
    }

    private static void assertAsTheRoundedStep(BigDecimal a, int k) {
        BigDecimal root = corrected(a, k);
        if (root != null) {
            assertThat(root).as("root %d of %s", k, a).isEqualTo(Roots.rounded(a, k, Decimals.MATH));
        }
    }

    @Property(tries = 5000)
    void a_root_of_a_ratio_of_statistics_is_the_rounded_steps_result(
            @ForAll @BigRange(min = "0.0001", max = "100000000") @Scale(4) BigDecimal from,
            @ForAll @BigRange(min = "0.0001", max = "100000000") @Scale(4) BigDecimal to,
            @ForAll @IntRange(min = 2, max = 12) int k) {
        assertAsTheRoundedStep(Decimals.divide(to, from), k);
    }

    @Property(tries = 5000)
    void a_root_of_a_growth_is_the_rounded_steps_result(
            @ForAll @LongRange(min = 800_000_000L, max = 1_300_000_000L) long permille,
            @ForAll @BigRange(min = "1", max = "9999999999999999999999999") @Scale(0) BigDecimal tail,
            @ForAll @IntRange(min = 2, max = 12) int k) {
        // 34 digits near 1, as the ratio of two intensities (each a 34-digit quotient) is
        BigDecimal ratio = BigDecimal.valueOf(permille, 9).add(tail.movePointLeft(34)).round(Decimals.MATH);
        assertAsTheRoundedStep(ratio, k);
    }

    @Property(tries = 3000)
    void roots_of_any_digits_at_any_scale_are_the_rounded_steps_results(
            @ForAll @BigRange(min = "1", max = "9999999999999999999999999999999999") @Scale(0) BigDecimal digits,
            @ForAll @IntRange(min = -70, max = 70) int scale,
            @ForAll @IntRange(min = 2, max = 12) int k) {
        assertAsTheRoundedStep(new BigDecimal(digits.unscaledValue(), scale), k);
    }

    @Property(tries = 2000)
    void an_exact_root_is_left_to_the_steps_or_comes_out_as_they_have_it(
            @ForAll @BigRange(min = "0.01", max = "100") @Scale(2) BigDecimal base,
            @ForAll @IntRange(min = 2, max = 12) int k) {
        assertAsTheRoundedStep(base.pow(k).round(Decimals.MATH), k);
    }

    @Example
    void it_decides_nearly_every_root_of_a_growth_rate() {
        Random random = new Random(7);
        int decided = 0;
        int roots = 10_000;
        for (int i = 0; i < roots; i++) {
            BigDecimal from = BigDecimal.valueOf(1 + random.nextInt(1_000_000_000), 4);
            BigDecimal to = from.multiply(BigDecimal.valueOf(700 + random.nextInt(800), 3));
            BigDecimal ratio = Decimals.divide(to, from.add(BigDecimal.valueOf(random.nextInt(1000), 4)));
            if (corrected(ratio, 2 + random.nextInt(11)) != null) {
                decided++;
            }
        }
        assertThat(decided).isGreaterThan(roots * 99 / 100);
    }

    @Example
    void digits_beyond_two_longs_and_far_scales_are_left_to_the_steps() {
        BigDecimal wide = new BigDecimal(BigInteger.TEN.pow(40).add(BigInteger.ONE), 40);
        assertThat(corrected(wide, 3)).isNull();
        assertThat(corrected(new BigDecimal("1e-40"), 2)).isNull();
        assertThat(Roots.root(wide, 3, Decimals.MATH)).isEqualTo(Roots.rounded(wide, 3, Decimals.MATH));
    }
}
