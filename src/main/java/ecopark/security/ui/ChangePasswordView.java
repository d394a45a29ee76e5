package ecopark.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import ecopark.base.domain.BusinessRuleException;
import ecopark.security.CurrentUser;
import ecopark.security.SignedInUser;
import ecopark.security.service.AccountService;
import ecopark.security.service.PasswordPolicy;
import jakarta.annotation.security.PermitAll;

/**
 * Where a user changes their own password: from the account card at any time, and necessarily after an
 * administrator created the account or reset the password ({@link PasswordChangeGuard}).
 */
@Route("account/password")
@PermitAll
public class ChangePasswordView extends VerticalLayout implements HasDynamicTitle {

    private final AccountService accountService;
    private final PasswordField current = new PasswordField();
    private final PasswordField next = new PasswordField();
    private final PasswordField repeat = new PasswordField();
    private final Binder<Passwords> binder = new Binder<>();
    private final Passwords passwords = new Passwords();

    public ChangePasswordView(AccountService accountService, CurrentUser currentUser) {
        this.accountService = accountService;
        addClassName("change-password-view");
        SignedInUser user = currentUser.require();

        if (user.mustChangePassword()) {
            Paragraph required = new Paragraph(getTranslation("password.change.required"));
            required.addClassName("password-change-required");
            add(required);
        }

        current.setLabel(getTranslation("password.current"));
        next.setLabel(getTranslation("password.new"));
        next.setHelperText(getTranslation("password.rule", PasswordPolicy.MIN_LENGTH));
        repeat.setLabel(getTranslation("password.repeat"));
        // No maxlength: a cut paste would set a password nobody knows; PasswordPolicy says "too long" instead.

        binder.forField(current).asRequired(getTranslation("password.error.currentRequired"))
                .bind(Passwords::getCurrent, Passwords::setCurrent);
        binder.forField(next).asRequired(getTranslation("password.error.required"))
                .withValidator((value, context) -> PasswordPolicy.violation(user.username(), value)
                        .map(key -> ValidationResult.error(getTranslation(key, PasswordPolicy.MIN_LENGTH)))
                        .orElse(ValidationResult.ok()))
                .bind(Passwords::getNext, Passwords::setNext);
        binder.forField(repeat).asRequired(getTranslation("password.error.repeatRequired"))
                .withValidator(value -> value.equals(next.getValue()), getTranslation("password.error.mismatch"))
                .bind(Passwords::getRepeat, Passwords::setRepeat);
        next.addValueChangeListener(e -> {
            if (!repeat.isEmpty()) {
                binder.validate();
            }
        });
        binder.setBean(passwords);

        Button save = new Button(getTranslation("password.change.submit"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);

        FormLayout form = new FormLayout(current, next, repeat);
        form.setMaxWidth("30em");
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form, save);
    }

    private void save() {
        if (!binder.validate().isOk()) {
            return;
        }
        try {
            SignedInUser updated = accountService.changeOwnPassword(passwords.getCurrent(), passwords.getNext());
            SignedInSession.replace(updated);
            Notification notification = Notification.show(getTranslation("password.change.done"), 4000,
                    Notification.Position.TOP_CENTER);
            notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            UI.getCurrent().navigate("");
        } catch (BusinessRuleException e) {
            PasswordField field = e.messageKey().equals("password.error.currentWrong") ? current : next;
            field.setErrorMessage(getTranslation(e.messageKey(), PasswordPolicy.MIN_LENGTH));
            field.setInvalid(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.change.title");
    }

    /** The three fields of the form. */
    static final class Passwords {
        private String current = "";
        private String next = "";
        private String repeat = "";

        String getCurrent() {
            return current;
        }

        void setCurrent(String current) {
            this.current = current;
        }

        String getNext() {
            return next;
        }

        void setNext(String next) {
            this.next = next;
        }

        String getRepeat() {
            return repeat;
        }

        void setRepeat(String repeat) {
            this.repeat = repeat;
        }
    }
}
