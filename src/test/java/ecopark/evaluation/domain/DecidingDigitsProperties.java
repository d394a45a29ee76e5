package ecopark.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * GB/T 8170's full-value comparison: the figure shown, compared with the threshold, gives the verdict the exact value
 * gives, for every comparison (≥, ≤, =); and it never carries more digits than it needs beyond the display precision.
 */
class DecidingDigitsProperties {

    enum Rule { AT_LEAST, AT_MOST, EQUAL }

    @Property(tries = 5000)
    void the_shown_figure_gives_the_verdict_of_the_exact_value(@ForAll("values") BigDecimal value,
            @ForAll("thresholds") BigDecimal threshold, @ForAll @IntRange(min = 0, max = 4) int scale,
            @ForAll Rule rule) {
        BigDecimal shown = DecidingDigits.of(value, scale, threshold);

        assertThat(holds(rule, shown, threshold)).isEqualTo(holds(rule, value, threshold));
        assertThat(shown.scale()).isGreaterThanOrEqualTo(scale);
        if (shown.scale() > scale) {
            assertThat(shown.unscaledValue().mod(java.math.BigInteger.TEN).signum()).isNotZero();
        }
    }

    @Property(tries = 3000)
    void values_near_the_threshold_are_never_shown_on_its_other_side(@ForAll("thresholds") BigDecimal threshold,
            @ForAll("offsets") BigDecimal offset, @ForAll @IntRange(min = 0, max = 3) int scale) {
        BigDecimal value = threshold.add(offset);
        BigDecimal shown = DecidingDigits.of(value, scale, threshold);

        assertThat(shown.compareTo(threshold)).isEqualTo(value.compareTo(threshold));
    }

    private static boolean holds(Rule rule, BigDecimal value, BigDecimal threshold) {
        int c = value.compareTo(threshold);
        return switch (rule) {
            case AT_LEAST -> c >= 0;
            case AT_MOST -> c <= 0;
            case EQUAL -> c == 0;
        };
    }

    @Provide
    Arbitrary<BigDecimal> values() {
        return Arbitraries.oneOf(
                Arbitraries.bigDecimals().between(new BigDecimal("-1000"), new BigDecimal("100000")).ofScale(8),
                Arbitraries.bigDecimals().between(new BigDecimal("0"), new BigDecimal("100")).ofScale(34),
                Arbitraries.integers().between(0, 200).map(BigDecimal::valueOf));
    }

    @Provide
    Arbitrary<BigDecimal> thresholds() {
        return Arbitraries.oneOf(
                Arbitraries.bigDecimals().between(new BigDecimal("0"), new BigDecimal("100")).ofScale(2),
                Arbitraries.of("10", "0.5", "0.55", "0.6", "15", "95", "0.3").map(BigDecimal::new));
    }

    @Provide
    Arbitrary<BigDecimal> offsets() {
        return Arbitraries.integers().between(-12, 12).flatMap(exponent -> Arbitraries.integers().between(-9, 9)
                .map(digit -> BigDecimal.valueOf(digit).scaleByPowerOfTen(-Math.abs(exponent) - 1)));
    }
}
