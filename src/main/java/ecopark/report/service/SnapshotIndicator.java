package ecopark.report.service;

import ecopark.evaluation.service.IndicatorOutcome;
import ecopark.evaluation.service.LocalizedText;
import ecopark.evaluation.service.Verdict;
import java.math.BigDecimal;

/**
 * One row of section 三 as it stood at a submission: the indicator (its code in the standard, name, unit and
 * requirement, kept with the revision so a later catalogue change does not rewrite history), whether it was
 * assessed, the value or state as the form shows it, and the verdict.
 *
 * @param value the value rounded to the indicator's display precision, or null without one
 * @param state the entered yes/no state of a state indicator, else null
 */
public record SnapshotIndicator(String code, LocalizedText name, LocalizedText unit, LocalizedText requirement,
        boolean mandatory, boolean assessed, BigDecimal value, Boolean state, Verdict verdict) {

    static SnapshotIndicator of(IndicatorOutcome outcome) {
        return new SnapshotIndicator(outcome.code(), outcome.indicator().name(), outcome.indicator().unit(),
                outcome.indicator().requirement(), outcome.indicator().isMandatory(), outcome.assessed(),
                outcome.value() == null ? null : outcome.displayValue(), outcome.state(), outcome.verdict());
    }
}
