package ecopark.evaluation.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.di.Instantiator;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Every {@link IndicatorRowAction} bean. The evaluation panel is created with {@code new} inside other views, so it
 * finds this collector through Vaadin's instantiator rather than through its constructor.
 */
@Component
public class IndicatorRowActions {

    private final ObjectProvider<IndicatorRowAction> actions;

    IndicatorRowActions(ObjectProvider<IndicatorRowAction> actions) {
        this.actions = actions;
    }

    public List<IndicatorRowAction> all() {
        return actions.orderedStream().toList();
    }

    /** The actions for the current UI; none outside a Vaadin request. */
    static List<IndicatorRowAction> current() {
        UI ui = UI.getCurrent();
        return ui == null ? List.of() : Instantiator.get(ui).getOrCreate(IndicatorRowActions.class).all();
    }
}
