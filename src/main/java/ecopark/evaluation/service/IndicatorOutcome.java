package ecopark.evaluation.service;

import ecopark.evaluation.domain.DecidingDigits;
import java.math.BigDecimal;
import java.util.List;

/**
 * The evaluation of one indicator on one sheet: the value (exact; {@link #displayValue()} rounds it to the
 * indicator's precision), the threshold that applied, the inputs with their years, intermediate values, and the verdict.
 *
 * @param state the entered yes/no state of a state indicator, else null
 * @param reasonKey translation key explaining a verdict other than met/not met, or null
 * @param missing the values that were needed and not found
 */
public record IndicatorOutcome(IndicatorSpec indicator, boolean assessed, BigDecimal value, Boolean state,
        AppliedThreshold threshold, List<Input> inputs, List<DerivedValue> derived, Verdict verdict, String reasonKey,
        List<MissingInput> missing) {

    public IndicatorOutcome {
        inputs = List.copyOf(inputs);
        derived = List.copyOf(derived);
        missing = List.copyOf(missing);
    }

    public String code() {
        return indicator.code();
    }

    /**
     * The value as every screen and document shows it: at the indicator's precision, with more digits where rounding
     * would put it on the other side of the threshold (GB/T 8170's full-value comparison, see {@link DecidingDigits}).
     */
    public BigDecimal displayValue() {
        return DecidingDigits.of(value, indicator.displayScale(), threshold == null ? null : threshold.value());
    }

    /** Every fact that decided this verdict, to freeze with a revision or a publication; null when not assessed. */
    public VerdictFacts facts() {
        return VerdictFacts.of(this);
    }

    /** Whether staff can still make this indicator evaluable by entering data. */
    public boolean lacksData() {
        return !missing.isEmpty();
    }
}
