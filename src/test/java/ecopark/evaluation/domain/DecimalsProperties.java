package ecopark.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;

/** Decimals.multiply skips the rounding division for powers of ten: its results must be multiply(…, MATH)'s. */
class DecimalsProperties {

    @Property(tries = 2000)
    void multiplying_a_quotient_gives_what_multiply_with_math_gives(
            @ForAll @BigRange(min = "0", max = "100000000") @Scale(4) BigDecimal numerator,
            @ForAll @BigRange(min = "0.0001", max = "100000000") @Scale(4) BigDecimal denominator,
            @ForAll("factors") BigDecimal factor,
            @ForAll boolean negative) {
        BigDecimal quotient = Decimals.divide(negative ? numerator.negate() : numerator, denominator);

        assertThat(Decimals.multiply(quotient, factor)).isEqualTo(quotient.multiply(factor, Decimals.MATH));
    }

    @Property(tries = 1000)
    void multiplying_any_value_gives_what_multiply_with_math_gives(
            @ForAll @BigRange(min = "-1000000000000", max = "1000000000000") @Scale(30) BigDecimal value,
            @ForAll @IntRange(min = 0, max = 30) int digitsDropped,
            @ForAll("factors") BigDecimal factor) {
        BigDecimal shorter = value.setScale(value.scale() - digitsDropped, java.math.RoundingMode.HALF_EVEN);

        assertThat(Decimals.multiply(shorter, factor)).isEqualTo(shorter.multiply(factor, Decimals.MATH));
        assertThat(Decimals.multiply(value, factor)).isEqualTo(value.multiply(factor, Decimals.MATH));
    }

    @Provide
    Arbitrary<BigDecimal> factors() {
        return Arbitraries.of("100", "100.0000000000", "1", "1.0000000000", "0.0001", "0.0001000000", "1E+2", "10000",
                "2.5", "0.5000000000", "3").map(BigDecimal::new);
    }
}
