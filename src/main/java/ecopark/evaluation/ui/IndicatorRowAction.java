package ecopark.evaluation.ui;

import com.vaadin.flow.component.Component;
import ecopark.evaluation.service.LocalizedText;
import ecopark.evaluation.service.Verdict;
import java.util.Optional;

/**
 * What another feature offers on an assessed indicator of the evaluation panel — rectification turns a not-met
 * indicator into a task in one click — without evaluation depending on that feature: implementations are Spring
 * beans, collected by {@link IndicatorRowActions} and shown on each indicator's card.
 */
public interface IndicatorRowAction {

    /** The component to show on the row, or empty when the action does not apply (e.g. the indicator is met). */
    Optional<Component> create(IndicatorRow row);

    /** An assessed indicator of one report, as the panel shows it. */
    record IndicatorRow(long reportId, long parkId, int year, String code, LocalizedText name, Verdict verdict) {
    }
}
