package ecopark.evaluation.service;

import ecopark.evaluation.domain.Decimals;
import ecopark.evaluation.domain.EntryValues;
import ecopark.evaluation.domain.GrowthRate;
import ecopark.evaluation.domain.RuleKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Evaluates a sheet against its standard version: computes each assessed indicator's value from the yearly
 * statistics (or takes the value staff entered), picks the threshold that applies, and compares exactly.
 * Pure and stateless: no database, no security; the services load what it reads.
 *
 * <p>Verdicts other than met / not met: a value of the report year (or an entered value) that is missing gives
 * {@link Verdict#MISSING_DATA}; an earlier year's value that is missing (the base year, or year n − 3), zero growth of
 * value added, a zero denominator or a base value that is not positive give {@link Verdict#NOT_COMPUTABLE}.
 */
public final class IndicatorEvaluator {

    static final String REASON_MISSING_DATA = "evaluation.reason.missingData";
    static final String REASON_MISSING_EARLIER = "evaluation.reason.missingEarlierValue";
    static final String REASON_ZERO_GROWTH = "evaluation.reason.zeroGrowth";
    static final String REASON_ZERO_DENOMINATOR = "evaluation.reason.zeroDenominator";
    static final String REASON_NOT_POSITIVE = "evaluation.reason.notPositive";
    static final String REASON_NO_PERIOD = "evaluation.reason.noConstructionPeriod";
    static final String REASON_NO_THRESHOLD = "evaluation.reason.noThreshold";

    /**
     * The years any formula reads, so that callers load no others: the report year, year n − 3 (three-year growth)
     * and the construction base year (annual reduction, elasticity).
     */
    public static YearsRead yearsRead(int year, int baseYear) {
        return new YearsRead(year, year - 3, baseYear);
    }

    /** The years formulas read; two of them may be the same year. */
    public record YearsRead(int reportYear, int threeYearsBefore, int baseYear) {
    }

    public EvaluationResult evaluate(Catalogue catalogue, EvaluationContext context, Map<Long, EntryValues> entries,
            StatisticTable statistics) {
        List<IndicatorOutcome> outcomes = new ArrayList<>(catalogue.indicators().size());
        // Three elasticities share the growth of value added: computed once per sheet.
        Map<String, BigDecimal> growths = new HashMap<>();
        for (IndicatorSpec indicator : catalogue.indicators()) {
            EntryValues entry = entries.getOrDefault(indicator.id(), EntryValues.NONE);
            outcomes.add(evaluate(indicator, catalogue.statistics(), context, entry, statistics, growths));
        }
        return new EvaluationResult(context.reportId(), context.parkId(), context.year(), catalogue.code(), outcomes,
                EvaluationSummary.of(outcomes));
    }

    /** One indicator; optional indicators the park did not select are not assessed and not computed. */
    public IndicatorOutcome evaluate(IndicatorSpec indicator, Map<String, StatisticSpec> definitions,
            EvaluationContext context, EntryValues entry, StatisticTable statistics) {
        return evaluate(indicator, definitions, context, entry, statistics, new HashMap<>());
    }

    private IndicatorOutcome evaluate(IndicatorSpec indicator, Map<String, StatisticSpec> definitions,
            EvaluationContext context, EntryValues entry, StatisticTable statistics, Map<String, BigDecimal> growths) {
        if (!indicator.isMandatory() && !entry.selected()) {
            return new IndicatorOutcome(indicator, false, null, null, null, List.of(), List.of(), Verdict.NOT_ASSESSED,
                    null, List.of());
        }
        Work work = new Work(indicator, definitions, statistics, context, growths);
        return switch (indicator.formulaKey()) {
            case ENTERED -> entered(work, entry);
            case RATIO -> compared(work, entry, work.quantity(context.year()));
            case THREE_YEAR_GROWTH -> compared(work, entry, threeYearGrowth(work));
            case ANNUAL_REDUCTION -> compared(work, entry, annualReduction(work));
            case ELASTICITY -> elasticity(work);
        };
    }

    private IndicatorOutcome entered(Work work, EntryValues entry) {
        IndicatorSpec indicator = work.indicator;
        if (indicator.ruleKind().isState()) {
            AppliedThreshold threshold = AppliedThreshold.standard(Comparison.IS_YES, null);
            if (entry.enteredState() == null) {
                work.missing.add(new MissingInput(work.context.year(), null));
                return work.outcome(null, null, threshold, null);
            }
            Verdict verdict = entry.enteredState() ? Verdict.MET : Verdict.NOT_MET;
            return work.outcome(null, entry.enteredState(), threshold, verdict);
        }
        if (entry.enteredValue() == null) {
            work.missing.add(new MissingInput(work.context.year(), null));
        }
        return compared(work, entry, entry.enteredValue());
    }

    private IndicatorOutcome compared(Work work, EntryValues entry, BigDecimal value) {
        AppliedThreshold threshold = threshold(work, entry);
        if (value == null || threshold == null || work.notComputable != null || !work.missing.isEmpty()) {
            return work.outcome(value, null, threshold, null);
        }
        Verdict verdict = threshold.comparison().holds(value, threshold.value()) ? Verdict.MET : Verdict.NOT_MET;
        return work.outcome(value, null, threshold, verdict);
    }

    /**
     * The threshold of a comparison rule: the standard's, the park's region's (indicator 16), or footnote a's
     * replacement where the catalogue allows it for this indicator and the sheet names one.
     */
    private AppliedThreshold threshold(Work work, EntryValues entry) {
        IndicatorSpec indicator = work.indicator;
        RuleKind kind = indicator.ruleKind();
        Comparison comparison = switch (kind) {
            case MIN, MIN_COUNT, MIN_BY_REGION -> Comparison.AT_LEAST;
            case MAX, MAX_COUNT -> Comparison.AT_MOST;
            case EQUALS -> Comparison.EQUAL;
            case STATE, ELASTICITY -> throw new IllegalStateException(kind + " has no plain threshold");
        };
        if (indicator.industryOverride() && entry.hasOverride() && (kind == RuleKind.MIN || kind == RuleKind.MAX)) {
            return new AppliedThreshold(comparison, entry.overrideThreshold(), ThresholdBasis.INDUSTRY_OVERRIDE,
                    entry.overrideIndustry(), entry.overrideReason(), entry.overrideIndustryShare());
        }
        if (kind == RuleKind.MIN_BY_REGION) {
            String region = work.context.waterRegion() == null ? null : work.context.waterRegion().name();
            BigDecimal regional = region == null ? null : indicator.regionalThresholds().get(region);
            if (regional != null) {
                return new AppliedThreshold(comparison, regional, ThresholdBasis.WATER_REGION, region, null,
                        null);
            }
        }
        if (indicator.threshold() == null) {
            work.notComputable(REASON_NO_THRESHOLD);
            return null;
        }
        return AppliedThreshold.standard(comparison, indicator.threshold());
    }

    /** HJ 274-2015, indicators 3 and 9: ((Vₙ ÷ Vₙ₋₃)^(1/3) − 1) × 100%. */
    private BigDecimal threeYearGrowth(Work work) {
        int year = work.context.year();
        BigDecimal earlier = work.quantity(year - 3);
        BigDecimal current = work.quantity(year);
        if (earlier == null || current == null) {
            return null;
        }
        if (work.indicator.denominator() != null) {
            work.derived.add(new DerivedValue(DerivedValue.RATIO, work.quantityName(), year - 3, year - 3, earlier));
            work.derived.add(new DerivedValue(DerivedValue.RATIO, work.quantityName(), year, year, current));
        }
        if (earlier.signum() <= 0 || current.signum() < 0) {
            work.notComputable(REASON_NOT_POSITIVE);
            return null;
        }
        return Decimals.multiply(GrowthRate.threeYear(earlier, current), work.indicator.factor());
    }

    /** HJ 274-2015, indicator 26: (1 − (Iₙ ÷ I_base)^(1/(n − base))) × 100%, I an intensity per value added. */
    private BigDecimal annualReduction(Work work) {
        int base = work.context.baseYear();
        int year = work.context.year();
        if (year - base < 1) {
            work.notComputable(REASON_NO_PERIOD);
            return null;
        }
        BigDecimal atBase = work.quantity(base);
        BigDecimal current = work.quantity(year);
        if (atBase == null || current == null) {
            return null;
        }
        work.derived.add(new DerivedValue(DerivedValue.RATIO, work.quantityName(), base, base, atBase));
        work.derived.add(new DerivedValue(DerivedValue.RATIO, work.quantityName(), year, year, current));
        if (atBase.signum() <= 0 || current.signum() < 0) {
            work.notComputable(REASON_NOT_POSITIVE);
            return null;
        }
        return Decimals.multiply(GrowthRate.annualReduction(atBase, current, year - base), work.indicator.factor());
    }

    /** HJ 274-2015, indicators 10, 13 and 25: see {@link ElasticityRule}. */
    private IndicatorOutcome elasticity(Work work) {
        IndicatorSpec indicator = work.indicator;
        int base = work.context.baseYear();
        int year = work.context.year();
        int years = year - base;
        if (years < 1) {
            work.notComputable(REASON_NO_PERIOD);
            return work.outcome(null, null, null, null);
        }
        BigDecimal valueAddedBase = work.read(indicator.denominator(), base);
        BigDecimal valueAddedNow = work.read(indicator.denominator(), year);
        List<BigDecimal[]> consumption = new ArrayList<>(indicator.numerators().size());
        for (String numerator : indicator.numerators()) {
            consumption.add(new BigDecimal[] {work.read(numerator, base), work.read(numerator, year)});
        }
        if (!work.missing.isEmpty()) {
            return work.outcome(null, null, null, null);
        }
        boolean positive = valueAddedBase.signum() > 0 && valueAddedNow.signum() >= 0;
        for (BigDecimal[] c : consumption) {
            positive &= c[0].signum() > 0 && c[1].signum() >= 0;
        }
        if (!positive) {
            work.notComputable(REASON_NOT_POSITIVE);
            return work.outcome(null, null, null, null);
        }
        BigDecimal valueAddedGrowth = work.growths.computeIfAbsent(indicator.denominator(),
                k -> GrowthRate.annualAverage(valueAddedBase, valueAddedNow, years));
        work.derived.add(new DerivedValue(DerivedValue.GROWTH, work.name(indicator.denominator()), base, year,
                percent(valueAddedGrowth)));
        List<BigDecimal> growths = new ArrayList<>(consumption.size());
        for (int i = 0; i < consumption.size(); i++) {
            BigDecimal growth = GrowthRate.annualAverage(consumption.get(i)[0], consumption.get(i)[1], years);
            growths.add(growth);
            work.derived.add(new DerivedValue(DerivedValue.GROWTH, work.name(indicator.numerators().get(i)), base, year,
                    percent(growth)));
        }
        if (valueAddedGrowth.signum() == 0) {
            work.notComputable(REASON_ZERO_GROWTH);
            return work.outcome(null, null, null, null);
        }
        List<BigDecimal> coefficients = new ArrayList<>(growths.size());
        for (BigDecimal growth : growths) {
            coefficients.add(ElasticityRule.coefficient(growth, valueAddedGrowth));
        }
        ElasticityRule.Judgement judgement = ElasticityRule.judge(coefficients, valueAddedGrowth, indicator.threshold());
        return work.outcome(judgement.decisive(), null, judgement.threshold(), judgement.verdict());
    }

    private static BigDecimal percent(BigDecimal fraction) {
        return Decimals.multiply(fraction, Decimals.HUNDRED);
    }

    /** What one indicator's evaluation collects on its way: inputs, intermediate values, what was missing. */
    private static final class Work {

        final IndicatorSpec indicator;
        final Map<String, StatisticSpec> definitions;
        final StatisticTable statistics;
        final EvaluationContext context;
        // Most indicators derive nothing and miss nothing: the lists allocate on their first element.
        final List<Input> inputs = new ArrayList<>();
        final List<DerivedValue> derived = new ArrayList<>();
        final List<MissingInput> missing = new ArrayList<>();
        final Map<String, BigDecimal> growths;
        String notComputable;
        LocalizedText quantityName;

        Work(IndicatorSpec indicator, Map<String, StatisticSpec> definitions, StatisticTable statistics,
                EvaluationContext context, Map<String, BigDecimal> growths) {
            this.growths = growths;
            this.indicator = indicator;
            this.definitions = definitions;
            this.statistics = statistics;
            this.context = context;
        }

        void notComputable(String reasonKey) {
            if (notComputable == null) {
                notComputable = reasonKey;
            }
        }

        /** A statistic of a year, recorded as an input, or null (and recorded as missing). */
        BigDecimal read(String statistic, int year) {
            BigDecimal value = statistics.get(statistic, year);
            if (value == null) {
                missing.add(new MissingInput(year, statistic, name(statistic)));
            } else {
                StatisticSpec spec = definitions.get(statistic);
                inputs.add(new Input(year, statistic, spec == null ? new LocalizedText(statistic, statistic) : spec.name(),
                        spec == null ? null : spec.unit(), value));
            }
            return value;
        }

        /** Σ numerators (÷ denominator) × factor in one year, or null when an input is missing or undefined. */
        BigDecimal quantity(int year) {
            BigDecimal numerator = BigDecimal.ZERO;
            boolean complete = true;
            for (String key : indicator.numerators()) {
                BigDecimal v = read(key, year);
                if (v == null) {
                    complete = false;
                } else {
                    // 0 + v is v itself (same digits and scale) unless v's scale is negative.
                    numerator = numerator == BigDecimal.ZERO && v.scale() >= 0 ? v : numerator.add(v);
                }
            }
            BigDecimal denominator = indicator.denominator() == null ? null : read(indicator.denominator(), year);
            if (!complete || (indicator.denominator() != null && denominator == null)) {
                return null;
            }
            if (denominator == null) {
                return indicator.formulaKey() == ecopark.evaluation.domain.FormulaKey.RATIO
                        ? Decimals.multiply(numerator, indicator.factor()) : numerator;
            }
            if (denominator.signum() == 0) {
                notComputable(REASON_ZERO_DENOMINATOR);
                return null;
            }
            // Growth and reduction rates apply the factor themselves: their quantity is the plain ratio.
            BigDecimal ratio = Decimals.divide(numerator, denominator);
            return switch (indicator.formulaKey()) {
                case RATIO -> Decimals.multiply(ratio, indicator.factor());
                default -> ratio;
            };
        }

        LocalizedText name(String statistic) {
            StatisticSpec spec = definitions.get(statistic);
            return spec == null ? new LocalizedText(statistic, statistic) : spec.name();
        }

        /** What a growth or reduction rate is taken of, e.g. 二氧化碳排放量 ÷ 园区工业增加值; built once per indicator. */
        LocalizedText quantityName() {
            if (quantityName == null) {
                StringBuilder zh = new StringBuilder();
                StringBuilder en = new StringBuilder();
                for (String key : indicator.numerators()) {
                    String separator = zh.isEmpty() ? "" : " + ";
                    zh.append(separator).append(name(key).zh());
                    en.append(separator).append(name(key).en());
                }
                if (indicator.denominator() != null) {
                    zh.append(" ÷ ").append(name(indicator.denominator()).zh());
                    en.append(" ÷ ").append(name(indicator.denominator()).en());
                }
                quantityName = new LocalizedText(zh.toString(), en.toString());
            }
            return quantityName;
        }

        IndicatorOutcome outcome(BigDecimal value, Boolean state, AppliedThreshold threshold, Verdict decided) {
            Verdict verdict = decided;
            String reason = null;
            if (!missing.isEmpty()) {
                boolean reportYearMissing = missing.stream().anyMatch(m -> m.year() == context.year());
                verdict = reportYearMissing ? Verdict.MISSING_DATA : Verdict.NOT_COMPUTABLE;
                reason = reportYearMissing ? REASON_MISSING_DATA : REASON_MISSING_EARLIER;
                value = null;
            } else if (notComputable != null) {
                verdict = Verdict.NOT_COMPUTABLE;
                reason = notComputable;
                value = null;
            }
            if (verdict == null) {
                throw new IllegalStateException("No verdict for indicator " + indicator.code());
            }
            return new IndicatorOutcome(indicator, true, value, state, threshold, orEmpty(inputs), orEmpty(derived),
                    verdict, reason, orEmpty(missing));
        }

        /** The outcome keeps immutable copies; an empty list needs none. */
        private static <T> List<T> orEmpty(List<T> list) {
            return list.isEmpty() ? List.of() : list;
        }
    }
}
