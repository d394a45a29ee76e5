package ecopark.evaluation.ui;

import com.vaadin.flow.component.html.Span;
import ecopark.evaluation.service.Verdict;

/** A small coloured label for a verdict: met, not met, cannot be computed, missing data, not assessed. */
public class StatusBadge extends Span {

    public StatusBadge(Verdict verdict) {
        addClassNames("status-badge", "status-" + verdict.name().toLowerCase().replace('_', '-'));
        setText(getTranslation(verdict.labelKey()));
        getElement().setAttribute("data-verdict", verdict.name());
    }
}
