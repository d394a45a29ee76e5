package ecopark.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import ecopark.evaluation.service.ElasticityRule;
import ecopark.evaluation.service.Verdict;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;

/** Properties of the growth and elasticity formulas over many generated values (jqwik). */
class GrowthRateProperties {

    private static final BigDecimal TOLERANCE = new BigDecimal("1e-28");

    @Property(tries = 300)
    void growing_at_a_rate_for_n_years_gives_back_that_rate(
            @ForAll @BigRange(min = "0.001", max = "1000000000") @Scale(4) BigDecimal from,
            @ForAll @BigRange(min = "-0.9", max = "2") @Scale(4) BigDecimal rate,
            @ForAll @IntRange(min = 1, max = 12) int years) {
        BigDecimal to = from.multiply(BigDecimal.ONE.add(rate).pow(years));

        BigDecimal growth = GrowthRate.annualAverage(from, to, years);

        assertThat(growth.subtract(rate).abs()).isLessThanOrEqualTo(TOLERANCE);
    }

    @Property(tries = 300)
    void three_year_growth_rises_with_the_final_value(
            @ForAll @BigRange(min = "1", max = "1000000") @Scale(2) BigDecimal from,
            @ForAll @BigRange(min = "1", max = "1000000") @Scale(2) BigDecimal to,
            @ForAll @BigRange(min = "0.01", max = "1000") @Scale(2) BigDecimal more) {
        BigDecimal lower = GrowthRate.threeYear(from, to);
        BigDecimal higher = GrowthRate.threeYear(from, to.add(more));

        assertThat(higher).isGreaterThan(lower);
        assertThat(lower.signum()).isEqualTo(to.compareTo(from));
    }

    @Property(tries = 300)
    void elasticity_times_value_added_growth_is_the_consumption_growth(
            @ForAll @BigRange(min = "-0.5", max = "0.5") @Scale(6) BigDecimal consumptionGrowth,
            @ForAll @BigRange(min = "-0.5", max = "0.5") @Scale(6) BigDecimal valueAddedGrowth) {
        net.jqwik.api.Assume.that(valueAddedGrowth.signum() != 0);

        BigDecimal e = ElasticityRule.coefficient(consumptionGrowth, valueAddedGrowth);

        assertThat(e.multiply(valueAddedGrowth).subtract(consumptionGrowth).abs()).isLessThanOrEqualTo(TOLERANCE);
    }

    @Property(tries = 500)
    void elasticity_is_met_exactly_when_the_worst_coefficient_is_on_the_right_side(
            @ForAll @BigRange(min = "-3", max = "3") @Scale(3) BigDecimal e1,
            @ForAll @BigRange(min = "-3", max = "3") @Scale(3) BigDecimal e2,
            @ForAll @BigRange(min = "-0.3", max = "0.3") @Scale(4) BigDecimal valueAddedGrowth,
            @ForAll @BigRange(min = "0.1", max = "1") @Scale(2) BigDecimal x) {
        ElasticityRule.Judgement judgement = ElasticityRule.judge(List.of(e1, e2), valueAddedGrowth, x);

        if (valueAddedGrowth.signum() == 0) {
            assertThat(judgement.verdict()).isEqualTo(Verdict.NOT_COMPUTABLE);
        } else if (valueAddedGrowth.signum() > 0) {
            boolean met = e1.compareTo(x) <= 0 && e2.compareTo(x) <= 0;
            assertThat(judgement.verdict()).isEqualTo(met ? Verdict.MET : Verdict.NOT_MET);
        } else {
            boolean met = e1.compareTo(x) >= 0 && e2.compareTo(x) >= 0;
            assertThat(judgement.verdict()).isEqualTo(met ? Verdict.MET : Verdict.NOT_MET);
        }
    }

    @Property(tries = 200)
    void a_consumption_growing_exactly_x_times_as_fast_sits_on_the_threshold(
            @ForAll @BigRange(min = "0.01", max = "0.3") @Scale(2) BigDecimal valueAddedGrowth,
            @ForAll @IntRange(min = 1, max = 3) int years) {
        BigDecimal x = new BigDecimal("0.6");
        BigDecimal consumptionGrowth = valueAddedGrowth.multiply(x);
        BigDecimal vaFrom = new BigDecimal("1000");
        BigDecimal vaTo = vaFrom.multiply(BigDecimal.ONE.add(valueAddedGrowth).pow(years));
        BigDecimal cTo = vaFrom.multiply(BigDecimal.ONE.add(consumptionGrowth).pow(years));

        BigDecimal e = ElasticityRule.coefficient(GrowthRate.annualAverage(vaFrom, cTo, years),
                GrowthRate.annualAverage(vaFrom, vaTo, years));

        assertThat(e.setScale(20, RoundingMode.HALF_EVEN)).isEqualByComparingTo(x);
        assertThat(ElasticityRule.judge(List.of(e), valueAddedGrowth, x).verdict()).isEqualTo(Verdict.MET);
    }

    @Property(tries = 5000)
    void a_root_minus_one_is_what_subtract_with_math_gives(
            @ForAll @BigRange(min = "0", max = "9999999999999999999999999999999999") @Scale(0) BigDecimal digits,
            @ForAll @IntRange(min = -40, max = 70) int scale) {
        // Any value of at most 34 digits, as a root rounded to MATH is, at any scale (and zero)
        BigDecimal root = new BigDecimal(digits.unscaledValue(), scale);

        assertThat(GrowthRate.minusOne(root)).isEqualTo(root.subtract(BigDecimal.ONE, Decimals.MATH));
    }
}
