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

    /**
     * The plans of the catalogue last evaluated against. Catalogues are cached and immutable, so one rarely replaces
     * another and the identity of the instance tells whether its plans are still these.
     */
    private volatile Plans plans;

    private record Plans(Catalogue catalogue, IndicatorPlan[] indicators) {
    }

    public EvaluationResult evaluate(Catalogue catalogue, EvaluationContext context, Map<Long, EntryValues> entries,
            StatisticTable statistics) {
        Plans current = plans;
        if (current == null || current.catalogue() != catalogue) {
            current = new Plans(catalogue, IndicatorPlan.of(catalogue));
            plans = current;
        }
        IndicatorPlan[] plans = current.indicators();
        IndicatorOutcome[] outcomes = new IndicatorOutcome[plans.length];
        // Three elasticities share the growth of value added: computed once per sheet.
        Map<String, BigDecimal> growths = new HashMap<>();
        for (int i = 0; i < plans.length; i++) {
            EntryValues entry = entries.getOrDefault(plans[i].indicator.id(), EntryValues.NONE);
            outcomes[i] = evaluate(plans[i], context, entry, statistics, growths);
        }
        // An immutable list already, so the result keeps it instead of copying it again.
        List<IndicatorOutcome> list = List.of(outcomes);
        return new EvaluationResult(context.reportId(), context.parkId(), context.year(), catalogue.code(), list,
                EvaluationSummary.of(list));
    }

    /** One indicator; optional indicators the park did not select are not assessed and not computed. */
    public IndicatorOutcome evaluate(IndicatorSpec indicator, Map<String, StatisticSpec> definitions,
            EvaluationContext context, EntryValues entry, StatisticTable statistics) {
        return evaluate(IndicatorPlan.of(indicator, definitions), context, entry, statistics, new HashMap<>());
    }

    private IndicatorOutcome evaluate(IndicatorPlan plan, EvaluationContext context, EntryValues entry,
            StatisticTable statistics, Map<String, BigDecimal> growths) {
        IndicatorSpec indicator = plan.indicator;
        if (!indicator.isMandatory() && !entry.selected()) {
            return new IndicatorOutcome(indicator, false, null, null, null, List.of(), List.of(), Verdict.NOT_ASSESSED,
                    null, List.of());
        }
        Work work = new Work(plan, statistics, context, growths);
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
            AppliedThreshold threshold = IndicatorPlan.IS_YES;
            if (entry.enteredState() == null) {
                work.miss(new MissingInput(work.context.year(), null));
                return work.outcome(null, null, threshold, null);
            }
            Verdict verdict = entry.enteredState() ? Verdict.MET : Verdict.NOT_MET;
            return work.outcome(null, entry.enteredState(), threshold, verdict);
        }
        if (entry.enteredValue() == null) {
            work.miss(new MissingInput(work.context.year(), null));
        }
        return compared(work, entry, entry.enteredValue());
    }

    private IndicatorOutcome compared(Work work, EntryValues entry, BigDecimal value) {
        AppliedThreshold threshold = threshold(work, entry);
        if (value == null || threshold == null || work.notComputable != null || work.lacksInput()) {
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
        IndicatorPlan plan = work.plan;
        RuleKind kind = plan.indicator.ruleKind();
        if (plan.comparison == null) {
            throw new IllegalStateException(kind + " has no plain threshold");
        }
        if (plan.indicator.industryOverride() && entry.hasOverride()
                && (kind == RuleKind.MIN || kind == RuleKind.MAX)) {
            return new AppliedThreshold(plan.comparison, entry.overrideThreshold(), ThresholdBasis.INDUSTRY_OVERRIDE,
                    entry.overrideIndustry(), entry.overrideReason(), entry.overrideIndustryShare());
        }
        AppliedThreshold regional = plan.regionalThreshold(work.context.waterRegion());
        if (regional != null) {
            return regional;
        }
        if (plan.standardThreshold == null) {
            work.notComputable(REASON_NO_THRESHOLD);
        }
        return plan.standardThreshold;
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
            work.derive(new DerivedValue(DerivedValue.RATIO, work.plan.quantityName, year - 3, year - 3, earlier));
            work.derive(new DerivedValue(DerivedValue.RATIO, work.plan.quantityName, year, year, current));
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
        work.derive(new DerivedValue(DerivedValue.RATIO, work.plan.quantityName, base, base, atBase));
        work.derive(new DerivedValue(DerivedValue.RATIO, work.plan.quantityName, year, year, current));
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
        IndicatorPlan.Source valueAdded = work.plan.denominator;
        BigDecimal valueAddedBase = work.read(valueAdded, base);
        BigDecimal valueAddedNow = work.read(valueAdded, year);
        List<IndicatorPlan.Source> numerators = work.plan.numerators;
        List<BigDecimal[]> consumption = new ArrayList<>(numerators.size());
        for (IndicatorPlan.Source numerator : numerators) {
            consumption.add(new BigDecimal[] {work.read(numerator, base), work.read(numerator, year)});
        }
        if (work.lacksInput()) {
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
        work.derive(new DerivedValue(DerivedValue.GROWTH, valueAdded.name(), base, year,
                percent(valueAddedGrowth)));
        List<BigDecimal> growths = new ArrayList<>(consumption.size());
        for (int i = 0; i < consumption.size(); i++) {
            BigDecimal growth = GrowthRate.annualAverage(consumption.get(i)[0], consumption.get(i)[1], years);
            growths.add(growth);
            work.derive(new DerivedValue(DerivedValue.GROWTH, numerators.get(i).name(), base, year,
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

        final IndicatorPlan plan;
        final IndicatorSpec indicator;
        final StatisticTable statistics;
        final EvaluationContext context;
        // Most indicators derive nothing and miss nothing, and entered ones read nothing: each list is made on its
        // first element, small (two inputs are the most common), and handed to the outcome as an immutable list.
        private List<Input> inputs;
        private List<DerivedValue> derived;
        private List<MissingInput> missing;
        final Map<String, BigDecimal> growths;
        String notComputable;

        Work(IndicatorPlan plan, StatisticTable statistics, EvaluationContext context,
                Map<String, BigDecimal> growths) {
            this.plan = plan;
            this.indicator = plan.indicator;
            this.statistics = statistics;
            this.context = context;
            this.growths = growths;
        }

        void notComputable(String reasonKey) {
            if (notComputable == null) {
                notComputable = reasonKey;
            }
        }

        void derive(DerivedValue value) {
            if (derived == null) {
                derived = new ArrayList<>(4);
            }
            derived.add(value);
        }

        void miss(MissingInput input) {
            if (missing == null) {
                missing = new ArrayList<>(4);
            }
            missing.add(input);
        }

        boolean lacksInput() {
            return missing != null;
        }

        /** A statistic of a year, recorded as an input, or null (and recorded as missing). */
        BigDecimal read(IndicatorPlan.Source statistic, int year) {
            BigDecimal value = statistics.get(statistic.key(), year);
            if (value == null) {
                miss(new MissingInput(year, statistic.key(), statistic.name()));
            } else {
                if (inputs == null) {
                    inputs = new ArrayList<>(4);
                }
                inputs.add(new Input(year, statistic.key(), statistic.name(), statistic.unit(), value));
            }
            return value;
        }

        /** Σ numerators (÷ denominator) × factor in one year, or null when an input is missing or undefined. */
        BigDecimal quantity(int year) {
            BigDecimal numerator = BigDecimal.ZERO;
            boolean complete = true;
            for (IndicatorPlan.Source source : plan.numerators) {
                BigDecimal v = read(source, year);
                if (v == null) {
                    complete = false;
                } else {
                    // 0 + v is v itself (same digits and scale) unless v's scale is negative.
                    numerator = numerator == BigDecimal.ZERO && v.scale() >= 0 ? v : numerator.add(v);
                }
            }
            BigDecimal denominator = plan.denominator == null ? null : read(plan.denominator, year);
            if (!complete || (plan.denominator != null && denominator == null)) {
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

        IndicatorOutcome outcome(BigDecimal value, Boolean state, AppliedThreshold threshold, Verdict decided) {
            Verdict verdict = decided;
            String reason = null;
            if (missing != null) {
                boolean reportYearMissing = false;
                for (MissingInput m : missing) {
                    reportYearMissing |= m.year() == context.year();
                }
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
            return new IndicatorOutcome(indicator, true, value, state, threshold, immutable(inputs),
                    immutable(derived), verdict, reason, immutable(missing));
        }

        /**
         * The outcome keeps immutable lists and copies any other: one or two elements go straight into List.of's
         * small lists (List.copyOf would copy the array twice), a list never made is the empty one.
         */
        private static <T> List<T> immutable(List<T> list) {
            if (list == null) {
                return List.of();
            }
            return switch (list.size()) {
                case 1 -> List.of(list.get(0));
                case 2 -> List.of(list.get(0), list.get(1));
                default -> list;
            };
        }
    }
}
