package ecopark.evaluation.service;

import java.math.BigDecimal;
import java.util.List;

/**
 * Every fact that decided one indicator's verdict, frozen with a revision and with a publication so that whoever
 * decides later sees what decided it: the exact value and the figure shown for it, the formula, each input with its
 * year, unit and value, the intermediate values, the threshold that applied and why (standard, water region, growth
 * direction of value added, or footnote a with the industry, its output share and the reason), and for a verdict
 * other than met / not met the reason and the values that were missing. Catalogue texts are kept in both languages; the system's own sentences are
 * translation keys. Revisions and publications stored before these facts were kept have none (null).
 *
 * @param value the exact value (34 significant digits), or null for a state or without one
 * @param shownValue the figure shown for the value, with the digits that decide ({@link IndicatorOutcome#displayValue()})
 * @param formula the catalogue's formula, or null for an entered indicator
 * @param threshold the threshold that applied, or null when none could be chosen
 * @param reasonKey translation key of why there is no met / not met verdict, or null
 * @param missing the values that were needed and not found (each statistic with its year and its name in both
 *        languages), for a row without a verdict; empty in facts frozen before they were kept
 */
public record VerdictFacts(BigDecimal value, BigDecimal shownValue, LocalizedText formula, List<Input> inputs,
        List<DerivedValue> derived, AppliedThreshold threshold, String reasonKey, List<MissingInput> missing) {

    public VerdictFacts {
        inputs = inputs == null ? List.of() : List.copyOf(inputs);
        derived = derived == null ? List.of() : List.copyOf(derived);
        missing = missing == null ? List.of() : List.copyOf(missing);
    }

    /** The facts of an assessed indicator's outcome; null for one that is not assessed (nothing was decided). */
    public static VerdictFacts of(IndicatorOutcome outcome) {
        if (!outcome.assessed()) {
            return null;
        }
        return new VerdictFacts(outcome.value(), outcome.displayValue(), outcome.indicator().formula(),
                outcome.inputs(), outcome.derived(), outcome.threshold(), outcome.reasonKey(), outcome.missing());
    }

    /** Whether a threshold other than the standard's single value applied (region, growth direction, footnote a). */
    public boolean thresholdDiffersFromStandard() {
        return threshold != null && threshold.basis() != null && threshold.basis() != ThresholdBasis.STANDARD
                && threshold.value() != null;
    }

    /** Whether footnote a's replacement threshold applied. */
    public boolean overridden() {
        return threshold != null && threshold.basis() == ThresholdBasis.INDUSTRY_OVERRIDE;
    }
}
