package ecopark.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import ecopark.base.domain.BusinessRuleException;
import ecopark.base.error.ErrorReference;
import ecopark.base.error.UnexpectedErrors;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;

/**
 * Shown instead of a page that failed to open. A bug gets an apology and its reference (错误编号), which is also in
 * the log with the stack trace; a refused rule or a missing permission is explained in plain words instead.
 * Stands alone, without the main layout, so it works for visitors who are not signed in and when the layout itself
 * is what failed.
 */
@AnonymousAllowed
public class ErrorView extends VerticalLayout implements HasErrorParameter<Exception>, HasDynamicTitle {

    private String title = "";

    public ErrorView() {
        addClassName("error-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        removeAll();
        Exception error = parameter.getCaughtException();
        Optional<BusinessRuleException> rule = UnexpectedErrors.businessRule(error);
        if (rule.isPresent()) {
            show(getTranslation("error.refused.title"),
                    getTranslation(rule.get().messageKey(), rule.get().args()), null);
            return HttpServletResponse.SC_BAD_REQUEST;
        }
        if (UnexpectedErrors.isAccessDenied(error)) {
            show(getTranslation("error.accessDenied.title"), getTranslation("error.accessDenied.text"), null);
            return HttpServletResponse.SC_FORBIDDEN;
        }
        if (UnexpectedErrors.isDatabaseUnavailable(error)) {
            ErrorReference ref = UnexpectedErrors.record("opening /"
                    + event.getLocation().getPathWithQueryParameters() + " (database unavailable)", error);
            show(getTranslation("error.databaseUnavailable.title"), getTranslation("error.databaseUnavailable.text"),
                    ref);
            return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
        }
        ErrorReference ref = UnexpectedErrors.record("opening /" + event.getLocation().getPathWithQueryParameters(),
                error);
        show(getTranslation("error.unexpected.title"), getTranslation("error.unexpected.text"), ref);
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    private void show(String heading, String text, ErrorReference ref) {
        title = heading;
        Div card = new Div(new H2(heading), new Paragraph(text));
        card.addClassName("error-card");
        if (ref != null) {
            Span reference = new Span(getTranslation("error.reference", ref.id()));
            reference.addClassName("error-reference");
            card.add(reference);
        }
        card.add(new Paragraph(new Anchor("", getTranslation("error.backHome"))));
        add(card);
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.title");
    }
}
