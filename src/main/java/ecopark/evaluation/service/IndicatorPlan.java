package ecopark.evaluation.service;

import ecopark.evaluation.domain.RuleKind;
import ecopark.park.domain.WaterRegion;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What the evaluator reads of one indicator besides the sheet and the statistics, resolved once per catalogue: the
 * statistics its formula reads with their names and units, what a growth or reduction rate is taken of, how its value
 * is compared, and the thresholds that do not depend on the sheet. Every report evaluated against the catalogue shares
 * them (all immutable), instead of looking names up by key and building the same thresholds per indicator per report.
 */
final class IndicatorPlan {

    /** A yes/no state must be yes; the one threshold every state indicator applies. */
    static final AppliedThreshold IS_YES = AppliedThreshold.standard(Comparison.IS_YES, null);

    /** A statistic the formula reads, named as the catalogue names it (by its key where the catalogue has none). */
    record Source(String key, LocalizedText name, LocalizedText unit) {

        static Source of(String key, Map<String, StatisticSpec> definitions) {
            StatisticSpec spec = definitions.get(key);
            return spec == null ? new Source(key, new LocalizedText(key, key), null)
                    : new Source(key, spec.name(), spec.unit());
        }
    }

    final IndicatorSpec indicator;
    final List<Source> numerators;
    /** null when the formula has no denominator. */
    final Source denominator;
    /** What a growth or reduction rate is taken of, e.g. 二氧化碳排放量 ÷ 园区工业增加值. */
    final LocalizedText quantityName;
    /** The comparison of a threshold rule; null for a state or an elasticity, which have none of their own. */
    final Comparison comparison;
    /** The standard's threshold as applied; null without a comparison or without a threshold. */
    final AppliedThreshold standardThreshold;
    /** Indicator 16's thresholds by water region (ordinal); null for every other rule, or a region without one. */
    final AppliedThreshold[] regionalThresholds;

    private IndicatorPlan(IndicatorSpec indicator, Map<String, StatisticSpec> definitions) {
        this.indicator = indicator;
        this.numerators = indicator.numerators().stream().map(key -> Source.of(key, definitions)).toList();
        this.denominator = indicator.denominator() == null ? null : Source.of(indicator.denominator(), definitions);
        this.quantityName = quantityName(numerators, denominator);
        this.comparison = comparison(indicator.ruleKind());
        this.standardThreshold = comparison == null || indicator.threshold() == null ? null
                : AppliedThreshold.standard(comparison, indicator.threshold());
        this.regionalThresholds = indicator.ruleKind() == RuleKind.MIN_BY_REGION
                ? regional(comparison, indicator.regionalThresholds()) : null;
    }

    static IndicatorPlan of(IndicatorSpec indicator, Map<String, StatisticSpec> definitions) {
        return new IndicatorPlan(indicator, definitions);
    }

    /** The plans of a catalogue's indicators, in its order. */
    static IndicatorPlan[] of(Catalogue catalogue) {
        List<IndicatorSpec> indicators = catalogue.indicators();
        IndicatorPlan[] plans = new IndicatorPlan[indicators.size()];
        for (int i = 0; i < plans.length; i++) {
            plans[i] = new IndicatorPlan(indicators.get(i), catalogue.statistics());
        }
        return plans;
    }

    /** The region's threshold as applied, or null where the catalogue names none for it. */
    AppliedThreshold regionalThreshold(WaterRegion region) {
        return regionalThresholds == null || region == null ? null : regionalThresholds[region.ordinal()];
    }

    private static Comparison comparison(RuleKind kind) {
        return switch (kind) {
            case MIN, MIN_COUNT, MIN_BY_REGION -> Comparison.AT_LEAST;
            case MAX, MAX_COUNT -> Comparison.AT_MOST;
            case EQUALS -> Comparison.EQUAL;
            case STATE, ELASTICITY -> null;
        };
    }

    private static AppliedThreshold[] regional(Comparison comparison, Map<String, BigDecimal> thresholds) {
        WaterRegion[] regions = WaterRegion.values();
        AppliedThreshold[] applied = new AppliedThreshold[regions.length];
        for (WaterRegion region : regions) {
            BigDecimal value = thresholds.get(region.name());
            if (value != null) {
                applied[region.ordinal()] = new AppliedThreshold(comparison, value, ThresholdBasis.WATER_REGION,
                        region.name(), null, null);
            }
        }
        return applied;
    }

    private static LocalizedText quantityName(List<Source> numerators, Source denominator) {
        StringBuilder zh = new StringBuilder();
        StringBuilder en = new StringBuilder();
        for (Source numerator : numerators) {
            String separator = zh.isEmpty() ? "" : " + ";
            zh.append(separator).append(numerator.name().zh());
            en.append(separator).append(numerator.name().en());
        }
        if (denominator != null) {
            zh.append(" ÷ ").append(denominator.name().zh());
            en.append(" ÷ ").append(denominator.name().en());
        }
        return new LocalizedText(zh.toString(), en.toString());
    }
}
