package ecopark.evaluation.service;

import ecopark.evaluation.domain.Decimals;
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

    public BigDecimal displayValue() {
        return Decimals.forDisplay(value, indicator.displayScale());
    }

    /** Whether staff can still make this indicator evaluable by entering data. */
    public boolean lacksData() {
        return !missing.isEmpty();
    }
}
