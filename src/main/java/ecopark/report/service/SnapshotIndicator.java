package ecopark.report.service;

import ecopark.evaluation.service.IndicatorOutcome;
import ecopark.evaluation.service.LocalizedText;
import ecopark.evaluation.service.Verdict;
import ecopark.evaluation.service.VerdictFacts;
import ecopark.evaluation.service.VerdictFactsText;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * One row of section 三 as it stood at a submission: the indicator (its code in the standard, name, unit and
 * requirement, kept with the revision so a later catalogue change does not rewrite history), whether it was
 * assessed, the value or state as the form shows it, and the verdict.
 *
 * @param value the value as shown: at the indicator's display precision, with the digits that decide the verdict;
 *        null without one
 * @param state the entered yes/no state of a state indicator, else null
 * @param facts every fact that decided the verdict (exact value, formula, inputs, threshold applied and why); null
 *        when not assessed and in revisions submitted before the facts were frozen
 */
public record SnapshotIndicator(String code, LocalizedText name, LocalizedText unit, LocalizedText requirement,
        boolean mandatory, boolean assessed, BigDecimal value, Boolean state, Verdict verdict, VerdictFacts facts) {

    static SnapshotIndicator of(IndicatorOutcome outcome) {
        return new SnapshotIndicator(outcome.code(), outcome.indicator().name(), outcome.indicator().unit(),
                outcome.indicator().requirement(), outcome.indicator().isMandatory(), outcome.assessed(),
                outcome.value() == null ? null : outcome.displayValue(), outcome.state(), outcome.verdict(),
                outcome.facts());
    }

    /** The requirement column: the threshold that applied when it is not the standard's single value. */
    public String requirementIn(Locale locale) {
        return VerdictFactsText.requirement(requirement, facts, locale);
    }

    /** Every fact behind the verdict, one line each; empty for revisions stored before facts were kept. */
    public List<String> factLines(Locale locale) {
        return VerdictFactsText.lines(facts, requirement, unit, locale);
    }
}
