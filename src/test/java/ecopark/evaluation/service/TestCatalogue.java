package ecopark.evaluation.service;

import ecopark.evaluation.domain.FormulaKey;
import ecopark.evaluation.domain.RuleKind;
import ecopark.evaluation.domain.Selection;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Indicators built in memory for rule tests: only what the evaluator reads. */
final class TestCatalogue {

    static final Map<String, StatisticSpec> STATISTICS = new HashMap<>();

    static {
        for (String key : List.of("industrial_value_added", "energy_consumption", "employees", "co2_emissions",
                "cod_emissions", "so2_emissions", "reclaimed_water_reused", "wastewater_treated",
                "industrial_land_area")) {
            STATISTICS.put(key, new StatisticSpec(key, new LocalizedText(key, key), new LocalizedText("t", "t"), 0));
        }
    }

    private TestCatalogue() {
    }

    static IndicatorSpec indicator(String code, RuleKind kind, String threshold, FormulaKey formula, String factor,
            List<String> numerators, String denominator) {
        return new IndicatorSpec(Long.parseLong(code), code, Integer.parseInt(code), 1, text(code), text("%"),
                text("req"), Selection.MANDATORY, "", kind, threshold == null ? null : new BigDecimal(threshold),
                Map.of(), formula, text("f"), new BigDecimal(factor), 2, numerators, denominator, false);
    }

    static IndicatorSpec entered(String code, RuleKind kind, String threshold) {
        return indicator(code, kind, threshold, FormulaKey.ENTERED, "1", List.of(), null);
    }

    static IndicatorSpec optional(IndicatorSpec i) {
        return new IndicatorSpec(i.id(), i.code(), i.sortOrder(), i.categoryId(), i.name(), i.unit(), i.requirement(),
                Selection.OPTIONAL, i.footnoteMarks(), i.ruleKind(), i.threshold(), i.regionalThresholds(),
                i.formulaKey(), i.formula(), i.factor(), i.displayScale(), i.numerators(), i.denominator(),
                i.industryOverride());
    }

    static IndicatorSpec withFootnoteA(IndicatorSpec i) {
        return new IndicatorSpec(i.id(), i.code(), i.sortOrder(), i.categoryId(), i.name(), i.unit(), i.requirement(),
                i.selection(), "a", i.ruleKind(), i.threshold(), i.regionalThresholds(), i.formulaKey(), i.formula(),
                i.factor(), i.displayScale(), i.numerators(), i.denominator(), true);
    }

    static IndicatorSpec withRegions(IndicatorSpec i, Map<String, BigDecimal> regions) {
        return new IndicatorSpec(i.id(), i.code(), i.sortOrder(), i.categoryId(), i.name(), i.unit(), i.requirement(),
                i.selection(), i.footnoteMarks(), i.ruleKind(), i.threshold(), regions, i.formulaKey(), i.formula(),
                i.factor(), i.displayScale(), i.numerators(), i.denominator(), i.industryOverride());
    }

    private static LocalizedText text(String s) {
        return new LocalizedText(s, s);
    }
}
