package ecopark.evaluation.service;

import ecopark.evaluation.domain.FormulaKey;
import ecopark.evaluation.domain.RuleKind;
import ecopark.evaluation.domain.Selection;
import ecopark.evaluation.domain.ValueRange;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One indicator of a standard version as the evaluator and the views read it, detached from persistence.
 *
 * @param numerators statistic keys of the formula's numerator (several for main pollutants, each assessed)
 * @param denominator statistic key of the denominator, or null
 * @param industryOverride whether a footnote with the dominant-industry override (HJ 274-2015 footnote a) applies
 * @param range the plausible range of an entered value (catalogue data; unused for computed and yes/no indicators)
 */
public record IndicatorSpec(long id, String code, int sortOrder, long categoryId, LocalizedText name,
        LocalizedText unit, LocalizedText requirement, Selection selection, String footnoteMarks, RuleKind ruleKind,
        BigDecimal threshold, Map<String, BigDecimal> regionalThresholds, FormulaKey formulaKey,
        LocalizedText formula, BigDecimal factor, int displayScale, List<String> numerators, String denominator,
        boolean industryOverride, ValueRange range) {

    /** An indicator built in memory without catalogue ranges: non-negative, counts whole. */
    public IndicatorSpec(long id, String code, int sortOrder, long categoryId, LocalizedText name, LocalizedText unit,
            LocalizedText requirement, Selection selection, String footnoteMarks, RuleKind ruleKind,
            BigDecimal threshold, Map<String, BigDecimal> regionalThresholds, FormulaKey formulaKey,
            LocalizedText formula, BigDecimal factor, int displayScale, List<String> numerators, String denominator,
            boolean industryOverride) {
        this(id, code, sortOrder, categoryId, name, unit, requirement, selection, footnoteMarks, ruleKind, threshold,
                regionalThresholds, formulaKey, formula, factor, displayScale, numerators, denominator,
                industryOverride, ValueRange.nonNegative(ruleKind != null && ruleKind.isCount()));
    }

    public boolean isMandatory() {
        return selection == Selection.MANDATORY;
    }

    public boolean isComputed() {
        return formulaKey.isComputed();
    }

    /** Statistics the formula reads, numerators first. */
    public List<String> statisticKeys() {
        return denominator == null ? numerators
                : java.util.stream.Stream.concat(numerators.stream(), java.util.stream.Stream.of(denominator)).toList();
    }
}
