package ecopark.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import ecopark.base.domain.BusinessRuleException;

/** Test-only page that fails while opening, the way a bug would (or a refused rule, with {@code ?rule}; a database outage, with {@code ?database}). */
@Route(value = FailingTestView.PATH, autoLayout = false)
@AnonymousAllowed
public class FailingTestView extends Div implements BeforeEnterObserver {

    static final String PATH = "test/failing";
    static final String MESSAGE = "simulated failure for the error page test";

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (event.getLocation().getQueryParameters().getParameters().containsKey("rule")) {
            throw new BusinessRuleException("park.error.notFound", 99);
        }
        if (event.getLocation().getQueryParameters().getParameters().containsKey("database")) {
            throw DatabaseOutage.asSpringReportsIt();
        }
        throw new IllegalStateException(MESSAGE);
    }
}
