package ecopark.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import ecopark.base.domain.BusinessRuleException;
import ecopark.base.error.ErrorReference;
import ecopark.base.error.UnexpectedErrors;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Errors thrown while handling a click or another event, after the page has opened. A refused rule shows its
 * translated message, a missing permission says so, a concurrent edit asks to reload; anything else is a bug:
 * the user sees an apology with the reference, the log gets the stack trace under the same reference.
 */
@Component
class UiErrorHandler implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> e.getSession().setErrorHandler(new Handler()));
    }

    /** Extends Vaadin's handler to keep its filter for aborted connections, which are not errors. */
    static class Handler extends DefaultErrorHandler {

        @Override
        public void error(ErrorEvent event) {
            Throwable error = event.getThrowable();
            if (!shouldHandle(error)) {
                return;
            }
            UI ui = UI.getCurrent();
            Optional<BusinessRuleException> rule = UnexpectedErrors.businessRule(error);
            if (rule.isPresent()) {
                notify(ui, ui == null ? "" : ui.getTranslation(rule.get().messageKey(), rule.get().args()));
            } else if (UnexpectedErrors.isAccessDenied(error)) {
                notify(ui, ui == null ? "" : ui.getTranslation("error.accessDenied.notification"));
            } else if (UnexpectedErrors.isConcurrentEdit(error)) {
                notify(ui, ui == null ? "" : ui.getTranslation("error.concurrentEdit"));
            } else if (UnexpectedErrors.isDatabaseUnavailable(error)) {
                ErrorReference ref = UnexpectedErrors.record("in an event listener (database unavailable)", error);
                notify(ui, ui == null ? "" : ui.getTranslation("error.databaseUnavailable.notification", ref.id()));
            } else {
                ErrorReference ref = UnexpectedErrors.record("in an event listener", error);
                notify(ui, ui == null ? "" : ui.getTranslation("error.unexpected.notification", ref.id()));
            }
        }

        private static void notify(UI ui, String message) {
            if (ui == null) {
                return;
            }
            Notification notification = new Notification(message, 8000, Notification.Position.MIDDLE);
            notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
            notification.addClassName("error-notification");
            notification.open();
        }
    }
}
