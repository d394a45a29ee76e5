package ecopark.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;

/**
 * Roots take Halley's step in exact arithmetic where its rounding is unambiguous: their results must be those of the
 * step in rounded arithmetic, digit for digit and scale for scale, and the correctly rounded roots.
 */
class RootsProperties {

    private static final MathContext REFERENCE = new MathContext(80, RoundingMode.HALF_EVEN);

    @Property(tries = 2000)
    void a_root_of_a_ratio_of_statistics_is_the_rounded_steps_result(
            @ForAll @BigRange(min = "0.0001", max = "100000000") @Scale(4) BigDecimal from,
            @ForAll @BigRange(min = "0", max = "100000000") @Scale(4) BigDecimal to,
            @ForAll @IntRange(min = 2, max = 12) int k) {
        BigDecimal ratio = Decimals.divide(to, from);
        if (ratio.signum() == 0) {
            return;
        }

        BigDecimal root = Roots.root(ratio, k, Decimals.MATH);

        assertThat(root).isEqualTo(Roots.rounded(ratio, k, Decimals.MATH));
        assertThat(root).isEqualByComparingTo(reference(ratio, k));
    }

    @Property(tries = 1000)
    void an_exact_root_comes_out_as_the_rounded_step_has_it(
            @ForAll @BigRange(min = "0.01", max = "100") @Scale(2) BigDecimal base,
            @ForAll @IntRange(min = 2, max = 12) int k) {
        BigDecimal power = base.pow(k).round(Decimals.MATH);

        BigDecimal root = Roots.root(power, k, Decimals.MATH);

        assertThat(root).isEqualTo(Roots.rounded(power, k, Decimals.MATH));
    }

    @Property(tries = 500)
    void roots_of_far_magnitudes_are_the_rounded_steps_results(
            @ForAll @BigRange(min = "1", max = "99999999999999999999") @Scale(0) BigDecimal digits,
            @ForAll @IntRange(min = -60, max = 60) int exponent,
            @ForAll @IntRange(min = 2, max = 12) int k) {
        BigDecimal a = digits.scaleByPowerOfTen(exponent);

        assertThat(Roots.root(a, k, Decimals.MATH)).isEqualTo(Roots.rounded(a, k, Decimals.MATH));
    }

    /** Newton's iteration at 80 digits from the double estimate, rounded to 34. */
    private static BigDecimal reference(BigDecimal a, int k) {
        BigDecimal x = new BigDecimal(Math.pow(a.doubleValue(), 1.0 / k));
        for (int i = 0; i < 12; i++) {
            x = x.multiply(BigDecimal.valueOf(k - 1L)).add(a.divide(x.pow(k - 1, REFERENCE), REFERENCE))
                    .divide(BigDecimal.valueOf(k), REFERENCE);
        }
        return x.round(Decimals.MATH);
    }
}
