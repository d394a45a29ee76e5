package ecopark.evaluation.ui;

import ecopark.base.ui.component.StatusBadge;
import ecopark.evaluation.service.Verdict;

/** A verdict as the product's status label: met, not met, cannot be computed, missing data, not assessed. */
public class VerdictBadge extends StatusBadge {

    public VerdictBadge(Verdict verdict) {
        super("", toneOf(verdict));
        setText(getTranslation(verdict.labelKey()));
        addClassName("status-" + verdict.name().toLowerCase().replace('_', '-'));
        getElement().setAttribute("data-verdict", verdict.name());
    }

    private static Tone toneOf(Verdict verdict) {
        return switch (verdict) {
            case MET -> Tone.SUCCESS;
            case NOT_MET -> Tone.ERROR;
            case NOT_COMPUTABLE, MISSING_DATA -> Tone.WARNING;
            case NOT_ASSESSED -> Tone.NEUTRAL;
        };
    }
}
