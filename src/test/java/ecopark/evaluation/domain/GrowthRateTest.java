package ecopark.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class GrowthRateTest {

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void an_exact_cube_root_comes_out_exact() {
        assertThat(Roots.cubeRoot(d("1.520875"), Decimals.MATH)).isEqualByComparingTo("1.15");
        assertThat(Roots.root(d("0.912673"), 3, Decimals.MATH)).isEqualByComparingTo("0.97");
        assertThat(Roots.root(d("1024"), 10, Decimals.MATH)).isEqualByComparingTo("2");
        // beyond Halley's degrees, Newton's iteration
        assertThat(Roots.root(d("8192"), 13, Decimals.MATH)).isEqualByComparingTo("2");
        assertThat(Roots.root(d("1.1").pow(20), 20, Decimals.MATH)).isEqualByComparingTo("1.1");
    }

    @Test
    void a_cube_root_that_is_not_exact_is_right_to_the_last_of_34_digits() {
        BigDecimal root = Roots.cubeRoot(d("2"), Decimals.MATH);

        assertThat(root.toPlainString()).isEqualTo("1.259921049894873164767210607278228");
        assertThat(root.pow(3).subtract(d("2")).abs()).isLessThan(d("1e-32"));
    }

    @Test
    void roots_of_very_large_and_very_small_numbers_converge() {
        assertThat(Roots.cubeRoot(d("1e600"), Decimals.MATH)).isEqualByComparingTo("1e200");
        assertThat(Roots.cubeRoot(d("1e-600"), Decimals.MATH)).isEqualByComparingTo("1e-200");
        assertThat(Roots.cubeRoot(BigDecimal.ZERO, Decimals.MATH)).isEqualByComparingTo("0");
    }

    @Test
    void three_year_growth_is_the_cube_root_of_the_ratio_less_one() {
        assertThat(GrowthRate.threeYear(d("100"), d("152.0875"))).isEqualByComparingTo("0.15");
        assertThat(GrowthRate.threeYear(d("100"), d("100"))).isEqualByComparingTo("0");
        assertThat(GrowthRate.threeYear(d("100"), d("72.9"))).isEqualByComparingTo("-0.1");
    }

    @Test
    void growth_over_one_year_is_the_plain_relative_change() {
        assertThat(GrowthRate.annualAverage(d("200"), d("212"), 1)).isEqualByComparingTo("0.06");
    }

    @Test
    void annual_reduction_is_negative_growth() {
        assertThat(GrowthRate.annualReduction(d("1"), d("0.912673"), 3)).isEqualByComparingTo("0.03");
    }

    @Test
    void growth_from_a_base_that_is_not_positive_or_over_no_period_is_undefined() {
        assertThatThrownBy(() -> GrowthRate.annualAverage(BigDecimal.ZERO, d("5"), 3))
                .isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> GrowthRate.annualAverage(d("5"), d("6"), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
