package ecopark.evaluation.service;

import static ecopark.evaluation.service.TestCatalogue.entered;
import static ecopark.evaluation.service.TestCatalogue.indicator;
import static org.assertj.core.api.Assertions.assertThat;

import ecopark.evaluation.domain.EntryValues;
import ecopark.evaluation.domain.FormulaKey;
import ecopark.evaluation.domain.RuleKind;
import ecopark.park.domain.WaterRegion;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Every rule kind at, just above and just below its threshold, and the cases where it cannot be computed. */
class IndicatorEvaluatorTest {

    private static final String VA = "industrial_value_added";
    private static final String ENERGY = "energy_consumption";
    private static final int BASE = 2016;
    private static final int YEAR = 2019;

    private final IndicatorEvaluator evaluator = new IndicatorEvaluator();
    private StatisticTable.Builder statistics = StatisticTable.builder();
    private WaterRegion region = WaterRegion.OTHER;

    private IndicatorOutcome evaluate(IndicatorSpec indicator, EntryValues entry) {
        return evaluator.evaluate(indicator, TestCatalogue.STATISTICS,
                new EvaluationContext(1, 1, YEAR, BASE, region), entry, statistics.build());
    }

    private IndicatorOutcome evaluate(IndicatorSpec indicator) {
        return evaluate(indicator, EntryValues.NONE);
    }

    private static EntryValues value(String v) {
        return new EntryValues(true, new BigDecimal(v), null, null, null, null);
    }

    /** A statistic missing in a year, named as the catalogue names it. */
    private static MissingInput missing(int year, String key) {
        return new MissingInput(year, key, TestCatalogue.STATISTICS.get(key).name());
    }

    private void stat(String key, int year, String value) {
        statistics.put(key, year, new BigDecimal(value));
    }

    @Nested
    class Comparisons {

        private final IndicatorSpec atLeast15 = entered("2", RuleKind.MIN, "15");
        private final IndicatorSpec atMostHalf = entered("11", RuleKind.MAX, "0.5");
        private final IndicatorSpec hundred = entered("20", RuleKind.EQUALS, "100");

        @Test
        void a_minimum_is_met_exactly_at_the_threshold_and_above_but_not_just_below() {
            assertThat(evaluate(atLeast15, value("15")).verdict()).isEqualTo(Verdict.MET);
            assertThat(evaluate(atLeast15, value("15.000001")).verdict()).isEqualTo(Verdict.MET);
            assertThat(evaluate(atLeast15, value("14.999999")).verdict()).isEqualTo(Verdict.NOT_MET);
        }

        @Test
        void a_maximum_is_met_exactly_at_the_threshold_and_below_but_not_just_above() {
            assertThat(evaluate(atMostHalf, value("0.5")).verdict()).isEqualTo(Verdict.MET);
            assertThat(evaluate(atMostHalf, value("0.499999")).verdict()).isEqualTo(Verdict.MET);
            assertThat(evaluate(atMostHalf, value("0.500001")).verdict()).isEqualTo(Verdict.NOT_MET);
        }

        @Test
        void an_equality_holds_only_at_the_value() {
            assertThat(evaluate(hundred, value("100.000")).verdict()).isEqualTo(Verdict.MET);
            assertThat(evaluate(hundred, value("99.99")).verdict()).isEqualTo(Verdict.NOT_MET);
        }

        @Test
        void counts_compare_as_whole_numbers() {
            IndicatorSpec projects = entered("5", RuleKind.MIN_COUNT, "6");
            IndicatorSpec incidents = entered("19", RuleKind.MAX_COUNT, "0");

            assertThat(evaluate(projects, value("6")).verdict()).isEqualTo(Verdict.MET);
            assertThat(evaluate(projects, value("5")).verdict()).isEqualTo(Verdict.NOT_MET);
            assertThat(evaluate(incidents, value("0")).verdict()).isEqualTo(Verdict.MET);
            assertThat(evaluate(incidents, value("1")).verdict()).isEqualTo(Verdict.NOT_MET);
        }

        @Test
        void a_value_that_was_not_entered_is_missing_data_not_a_pass() {
            IndicatorOutcome outcome = evaluate(atLeast15, new EntryValues(true, null, null, null, null, null));

            assertThat(outcome.verdict()).isEqualTo(Verdict.MISSING_DATA);
            assertThat(outcome.missing()).containsExactly(new MissingInput(YEAR, null));
        }

        @Test
        void the_value_is_compared_exactly_and_shown_with_the_digits_that_decide() {
            IndicatorOutcome outcome = evaluate(atMostHalf, value("0.5004"));

            assertThat(outcome.verdict()).isEqualTo(Verdict.NOT_MET);
            // GB/T 8170: "0.50" against ≤0.5 would read as met; the shown figure keeps the digit that decides.
            assertThat(outcome.displayValue().toPlainString()).isEqualTo("0.5004");
            assertThat(outcome.facts().value()).isEqualByComparingTo("0.5004");
            assertThat(evaluate(atMostHalf, value("0.41234")).displayValue().toPlainString()).isEqualTo("0.41");
        }
    }

    @Nested
    class States {

        private final IndicatorSpec compliant = entered("17", RuleKind.STATE, null);

        @Test
        void a_state_is_met_when_yes_and_not_met_when_no() {
            assertThat(evaluate(compliant, new EntryValues(true, null, true, null, null, null)).verdict())
                    .isEqualTo(Verdict.MET);
            assertThat(evaluate(compliant, new EntryValues(true, null, false, null, null, null)).verdict())
                    .isEqualTo(Verdict.NOT_MET);
        }

        @Test
        void a_state_not_entered_is_missing_data() {
            assertThat(evaluate(compliant).verdict()).isEqualTo(Verdict.MISSING_DATA);
        }
    }

    @Nested
    class Ratios {

        private final IndicatorSpec perCapita = indicator("2", RuleKind.MIN, "15", FormulaKey.RATIO, "1",
                List.of(VA), "employees");

        @Test
        void per_capita_value_added_is_value_added_over_employees_of_the_report_year() {
            stat(VA, YEAR, "2400000");
            stat("employees", YEAR, "160000");

            IndicatorOutcome outcome = evaluate(perCapita);

            assertThat(outcome.value()).isEqualByComparingTo("15");
            assertThat(outcome.verdict()).isEqualTo(Verdict.MET);
            assertThat(outcome.inputs()).extracting(Input::year, Input::statistic)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(YEAR, VA),
                            org.assertj.core.groups.Tuple.tuple(YEAR, "employees"));
        }

        @Test
        void a_zero_denominator_cannot_be_computed() {
            stat(VA, YEAR, "2400000");
            stat("employees", YEAR, "0");

            IndicatorOutcome outcome = evaluate(perCapita);

            assertThat(outcome.verdict()).isEqualTo(Verdict.NOT_COMPUTABLE);
            assertThat(outcome.reasonKey()).isEqualTo(IndicatorEvaluator.REASON_ZERO_DENOMINATOR);
        }

        @Test
        void a_statistic_missing_in_the_report_year_is_missing_data() {
            stat(VA, YEAR, "2400000");

            IndicatorOutcome outcome = evaluate(perCapita);

            assertThat(outcome.verdict()).isEqualTo(Verdict.MISSING_DATA);
            assertThat(outcome.missing()).containsExactly(missing(YEAR, "employees"));
        }

        @Test
        void value_added_per_km2_converts_ten_thousand_yuan_to_hundred_million() {
            IndicatorSpec perLand = indicator("8", RuleKind.MIN, "9", FormulaKey.RATIO, "0.0001", List.of(VA),
                    "industrial_land_area");
            stat(VA, YEAR, "2340000");
            stat("industrial_land_area", YEAR, "26");

            assertThat(evaluate(perLand).value()).isEqualByComparingTo("9");
            assertThat(evaluate(perLand).verdict()).isEqualTo(Verdict.MET);
        }

        @Test
        void an_optional_indicator_not_selected_is_neither_computed_nor_assessed() {
            IndicatorOutcome outcome = evaluate(TestCatalogue.optional(perCapita));

            assertThat(outcome.assessed()).isFalse();
            assertThat(outcome.verdict()).isEqualTo(Verdict.NOT_ASSESSED);
            assertThat(outcome.inputs()).isEmpty();
        }
    }

    @Nested
    class RegionalThreshold {

        private final IndicatorSpec reuse = TestCatalogue.withRegions(
                indicator("16", RuleKind.MIN_BY_REGION, null, FormulaKey.RATIO, "100",
                        List.of("reclaimed_water_reused"), "wastewater_treated"),
                Map.of("WATER_SCARCE_CITY", new BigDecimal("20"), "BEIJING_TIANJIN_HEBEI", new BigDecimal("30"),
                        "OTHER", new BigDecimal("10")));

        @Test
        void reclaimed_water_reuse_takes_the_threshold_of_the_parks_region() {
            stat("reclaimed_water_reused", YEAR, "25");
            stat("wastewater_treated", YEAR, "100");

            region = WaterRegion.WATER_SCARCE_CITY;
            assertThat(evaluate(reuse).verdict()).isEqualTo(Verdict.MET);
            assertThat(evaluate(reuse).threshold().value()).isEqualByComparingTo("20");
            region = WaterRegion.BEIJING_TIANJIN_HEBEI;
            assertThat(evaluate(reuse).verdict()).isEqualTo(Verdict.NOT_MET);
            assertThat(evaluate(reuse).threshold().basis()).isEqualTo(ThresholdBasis.WATER_REGION);
            region = WaterRegion.OTHER;
            assertThat(evaluate(reuse).verdict()).isEqualTo(Verdict.MET);
        }

        @Test
        void exactly_thirty_percent_meets_the_beijing_tianjin_hebei_threshold() {
            stat("reclaimed_water_reused", YEAR, "30");
            stat("wastewater_treated", YEAR, "100");
            region = WaterRegion.BEIJING_TIANJIN_HEBEI;

            assertThat(evaluate(reuse).verdict()).isEqualTo(Verdict.MET);
        }
    }

    @Nested
    class FootnoteA {

        private final IndicatorSpec energyIntensity = TestCatalogue.withFootnoteA(
                indicator("11", RuleKind.MAX, "0.5", FormulaKey.RATIO, "1", List.of(ENERGY), VA));

        @Test
        void a_dominant_industrys_level_one_value_replaces_the_threshold_and_is_shown_with_the_result() {
            stat(ENERGY, YEAR, "46");
            stat(VA, YEAR, "100");
            EntryValues override = new EntryValues(true, null, null, new BigDecimal("0.45"), "汽车制造业",
                    new BigDecimal("78"), "汽车制造业产值占园区工业总产值 78%");

            IndicatorOutcome outcome = evaluate(energyIntensity, override);

            assertThat(outcome.verdict()).isEqualTo(Verdict.NOT_MET);
            assertThat(outcome.threshold()).isEqualTo(new AppliedThreshold(Comparison.AT_MOST, new BigDecimal("0.45"),
                    ThresholdBasis.INDUSTRY_OVERRIDE, "汽车制造业", "汽车制造业产值占园区工业总产值 78%",
                    new BigDecimal("78")));
            assertThat(evaluate(energyIntensity).verdict()).isEqualTo(Verdict.MET);
        }

        @Test
        void an_override_is_ignored_where_the_catalogue_does_not_allow_it() {
            IndicatorSpec plain = indicator("12", RuleKind.MAX, "0.5", FormulaKey.RATIO, "1", List.of(ENERGY), VA);
            stat(ENERGY, YEAR, "46");
            stat(VA, YEAR, "100");

            IndicatorOutcome outcome = evaluate(plain, new EntryValues(true, null, null, new BigDecimal("0.4"), "x", "y"));

            assertThat(outcome.threshold().basis()).isEqualTo(ThresholdBasis.STANDARD);
            assertThat(outcome.verdict()).isEqualTo(Verdict.MET);
        }
    }

    @Nested
    class ThreeYearGrowth {

        private final IndicatorSpec growth = indicator("3", RuleKind.MIN, "15", FormulaKey.THREE_YEAR_GROWTH, "100",
                List.of(VA), null);

        @Test
        void growth_of_exactly_fifteen_percent_a_year_meets_the_threshold() {
            stat(VA, YEAR - 3, "100");
            stat(VA, YEAR, "152.0875");

            IndicatorOutcome outcome = evaluate(growth);

            assertThat(outcome.value()).isEqualByComparingTo("15");
            assertThat(outcome.verdict()).isEqualTo(Verdict.MET);
        }

        @Test
        void growth_just_below_fifteen_percent_does_not() {
            stat(VA, YEAR - 3, "100");
            stat(VA, YEAR, "152.0874");

            assertThat(evaluate(growth).verdict()).isEqualTo(Verdict.NOT_MET);
            // Not "15.00 未达标": the shown figure stays below 15 as the exact value does.
            assertThat(evaluate(growth).displayValue().toPlainString()).isEqualTo("14.99997");
        }

        @Test
        void negative_growth_is_computed_and_not_met() {
            stat(VA, YEAR - 3, "100");
            stat(VA, YEAR, "72.9");

            assertThat(evaluate(growth).value()).isEqualByComparingTo("-10");
            assertThat(evaluate(growth).verdict()).isEqualTo(Verdict.NOT_MET);
        }

        @Test
        void a_missing_year_n_minus_three_cannot_be_computed() {
            stat(VA, YEAR, "152.0875");

            IndicatorOutcome outcome = evaluate(growth);

            assertThat(outcome.verdict()).isEqualTo(Verdict.NOT_COMPUTABLE);
            assertThat(outcome.reasonKey()).isEqualTo(IndicatorEvaluator.REASON_MISSING_EARLIER);
            assertThat(outcome.missing()).containsExactly(missing(YEAR - 3, VA));
        }

        @Test
        void growth_per_unit_of_land_divides_each_year_first() {
            IndicatorSpec perLand = indicator("9", RuleKind.MIN, "6", FormulaKey.THREE_YEAR_GROWTH, "100",
                    List.of(VA), "industrial_land_area");
            stat(VA, YEAR - 3, "1000");
            stat("industrial_land_area", YEAR - 3, "10");
            stat(VA, YEAR, "1191.016");
            stat("industrial_land_area", YEAR, "10");

            assertThat(evaluate(perLand).value()).isEqualByComparingTo("6");
            assertThat(evaluate(perLand).verdict()).isEqualTo(Verdict.MET);
        }
    }

    @Nested
    class AnnualReduction {

        private final IndicatorSpec co2 = indicator("26", RuleKind.MIN, "3", FormulaKey.ANNUAL_REDUCTION, "100",
                List.of("co2_emissions"), VA);

        @Test
        void a_reduction_of_exactly_three_percent_a_year_since_the_base_year_meets_the_threshold() {
            stat("co2_emissions", BASE, "1000");
            stat(VA, BASE, "1000");
            stat("co2_emissions", YEAR, "912.673");
            stat(VA, YEAR, "1000");

            IndicatorOutcome outcome = evaluate(co2);

            assertThat(outcome.value()).isEqualByComparingTo("3");
            assertThat(outcome.verdict()).isEqualTo(Verdict.MET);
            assertThat(outcome.derived()).hasSize(2);
        }

        @Test
        void a_little_more_carbon_per_value_added_falls_short() {
            stat("co2_emissions", BASE, "1000");
            stat(VA, BASE, "1000");
            stat("co2_emissions", YEAR, "912.674");
            stat(VA, YEAR, "1000");

            assertThat(evaluate(co2).verdict()).isEqualTo(Verdict.NOT_MET);
        }

        @Test
        void a_missing_base_year_cannot_be_computed() {
            stat("co2_emissions", YEAR, "912.673");
            stat(VA, YEAR, "1000");

            assertThat(evaluate(co2).verdict()).isEqualTo(Verdict.NOT_COMPUTABLE);
        }
    }

    @Nested
    class Elasticity {

        private final IndicatorSpec energy = indicator("10", RuleKind.ELASTICITY, "0.6", FormulaKey.ELASTICITY, "1",
                List.of(ENERGY), VA);
        private final IndicatorSpec pollutants = indicator("25", RuleKind.ELASTICITY, "0.3", FormulaKey.ELASTICITY,
                "1", List.of("cod_emissions", "so2_emissions"), VA);

        /** Value added 1000 → 1331 over three years is exactly 10% a year. */
        private void valueAddedGrowsTenPercent() {
            stat(VA, BASE, "1000");
            stat(VA, YEAR, "1331");
        }

        @Test
        void exactly_at_the_threshold_while_value_added_grows_is_met() {
            valueAddedGrowsTenPercent();
            stat(ENERGY, BASE, "1000");
            stat(ENERGY, YEAR, "1191.016");

            IndicatorOutcome outcome = evaluate(energy);

            assertThat(outcome.value()).isEqualByComparingTo("0.6");
            assertThat(outcome.verdict()).isEqualTo(Verdict.MET);
            assertThat(outcome.threshold().comparison()).isEqualTo(Comparison.AT_MOST);
            assertThat(outcome.threshold().basis()).isEqualTo(ThresholdBasis.VALUE_ADDED_GROWING);
            assertThat(outcome.derived()).extracting(DerivedValue::value)
                    .usingElementComparator(BigDecimal::compareTo)
                    .containsExactly(new BigDecimal("10"), new BigDecimal("6"));
        }

        @Test
        void just_above_the_threshold_while_value_added_grows_is_not_met() {
            valueAddedGrowsTenPercent();
            stat(ENERGY, BASE, "1000");
            stat(ENERGY, YEAR, "1191.017");

            assertThat(evaluate(energy).verdict()).isEqualTo(Verdict.NOT_MET);
        }

        @Test
        void while_value_added_shrinks_the_coefficient_must_be_at_least_the_threshold() {
            stat(VA, BASE, "1000");
            stat(VA, YEAR, "729");
            // energy −6% a year while value added −10%: 0.6, on the threshold
            stat(ENERGY, BASE, "1000");
            stat(ENERGY, YEAR, "830.584");

            IndicatorOutcome onThreshold = evaluate(energy);
            assertThat(onThreshold.value()).isEqualByComparingTo("0.6");
            assertThat(onThreshold.verdict()).isEqualTo(Verdict.MET);
            assertThat(onThreshold.threshold().comparison()).isEqualTo(Comparison.AT_LEAST);
            assertThat(onThreshold.threshold().basis()).isEqualTo(ThresholdBasis.VALUE_ADDED_SHRINKING);

            // energy falling more slowly than 0.6 × the fall of value added
            stat(ENERGY, YEAR, "830.585");
            assertThat(evaluate(energy).verdict()).isEqualTo(Verdict.NOT_MET);
        }

        @Test
        void at_zero_growth_of_value_added_the_coefficient_cannot_be_computed() {
            stat(VA, BASE, "1000");
            stat(VA, YEAR, "1000");
            stat(ENERGY, BASE, "1000");
            stat(ENERGY, YEAR, "900");

            IndicatorOutcome outcome = evaluate(energy);

            assertThat(outcome.verdict()).isEqualTo(Verdict.NOT_COMPUTABLE);
            assertThat(outcome.reasonKey()).isEqualTo(IndicatorEvaluator.REASON_ZERO_GROWTH);
            assertThat(outcome.value()).isNull();
        }

        @Test
        void a_missing_base_year_value_cannot_be_computed_and_is_never_a_pass() {
            stat(VA, YEAR, "1331");
            stat(ENERGY, BASE, "1000");
            stat(ENERGY, YEAR, "1000");

            IndicatorOutcome outcome = evaluate(energy);

            assertThat(outcome.verdict()).isEqualTo(Verdict.NOT_COMPUTABLE);
            assertThat(outcome.missing()).containsExactly(missing(BASE, VA));
        }

        @Test
        void a_missing_report_year_value_is_missing_data() {
            valueAddedGrowsTenPercent();
            stat(ENERGY, BASE, "1000");

            assertThat(evaluate(energy).verdict()).isEqualTo(Verdict.MISSING_DATA);
        }

        @Test
        void a_report_in_the_base_year_has_no_construction_period() {
            IndicatorOutcome outcome = evaluator.evaluate(energy, TestCatalogue.STATISTICS,
                    new EvaluationContext(1, 1, BASE, BASE, region), EntryValues.NONE, statistics.build());

            assertThat(outcome.verdict()).isEqualTo(Verdict.NOT_COMPUTABLE);
            assertThat(outcome.reasonKey()).isEqualTo(IndicatorEvaluator.REASON_NO_PERIOD);
        }

        @Test
        void every_main_pollutant_must_hold_and_the_worst_one_is_shown() {
            valueAddedGrowsTenPercent();
            stat("cod_emissions", BASE, "1000");
            stat("cod_emissions", YEAR, "900");
            // SO2 +3.5% a year: 0.35 > 0.3
            stat("so2_emissions", BASE, "1000");
            stat("so2_emissions", YEAR, "1108.717875");

            IndicatorOutcome outcome = evaluate(pollutants);

            assertThat(outcome.verdict()).isEqualTo(Verdict.NOT_MET);
            assertThat(outcome.value()).isEqualByComparingTo("0.35");
            assertThat(outcome.derived()).hasSize(3);
        }

        @Test
        void falling_emissions_while_value_added_grows_meet_the_threshold() {
            valueAddedGrowsTenPercent();
            stat("cod_emissions", BASE, "1000");
            stat("cod_emissions", YEAR, "900");
            stat("so2_emissions", BASE, "1000");
            stat("so2_emissions", YEAR, "1092.727");

            IndicatorOutcome outcome = evaluate(pollutants);

            assertThat(outcome.value()).isEqualByComparingTo("0.3");
            assertThat(outcome.verdict()).isEqualTo(Verdict.MET);
        }
    }
}
