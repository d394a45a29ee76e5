package ecopark.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import ecopark.base.ui.LanguageSwitch;
import org.springframework.security.authentication.DisabledException;
import ecopark.security.service.SignInThrottledException;
import org.springframework.security.web.WebAttributes;

/**
 * The sign-in page. A wrong password and an unknown username get the same message, and so do slowed attempts; a
 * disabled account is told so only after the right password (see SignInProvider).
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();

    public LoginView() {
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        H1 title = new H1(getTranslation("app.title"));
        title.addClassName("login-title");
        Paragraph subtitle = new Paragraph(getTranslation("app.subtitle"));
        subtitle.addClassName("login-subtitle");

        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n(null));

        // Visitors without an account read the published disclosure forms.
        Anchor publicForms = new Anchor("public/forms", getTranslation("publication.public.link"));
        publicForms.setId("public-forms-link");
        // The public portal is served by Spring MVC, not by Vaadin's router.
        publicForms.setRouterIgnore(true);
        publicForms.addClassName("login-public-link");

        add(new LanguageSwitch(), title, subtitle, form, publicForms);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            form.setI18n(i18n(failureMessage()));
            form.setError(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · " + getTranslation("app.title");
    }

    private String failureMessage() {
        Object failure = VaadinSession.getCurrent() == null || VaadinSession.getCurrent().getSession() == null ? null
                : VaadinSession.getCurrent().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        if (failure instanceof SignInThrottledException slowed) {
            return getTranslation("login.error.throttled", slowed.retryAfterSeconds());
        }
        if (failure instanceof DisabledException) {
            return getTranslation("login.error.disabled");
        }
        return getTranslation("login.error.credentials");
    }

    private LoginI18n i18n(String errorMessage) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form f = i18n.getForm();
        f.setTitle(getTranslation("login.title"));
        f.setUsername(getTranslation("login.username"));
        f.setPassword(getTranslation("login.password"));
        f.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(errorMessage == null ? getTranslation("login.error.credentials") : errorMessage);
        error.setUsername(getTranslation("login.username.required"));
        error.setPassword(getTranslation("login.password.required"));
        return i18n;
    }
}
