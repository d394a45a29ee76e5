package ecopark.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import ecopark.base.domain.BusinessRuleException;
import ecopark.security.service.PasswordPolicy;
import ecopark.security.service.UserAdminService;
import ecopark.security.service.UserListItem;

/**
 * Resets a forgotten password: a generated temporary one (the default), or one the administrator types, for
 * instance to read out on the phone. The result is shown once; the user must replace it at the next login.
 */
class PasswordResetDialog extends Dialog {

    private final UserAdminService service;
    private final UserListItem user;
    private final Runnable onReset;
    private final RadioButtonGroup<Boolean> generate = new RadioButtonGroup<>();
    private final PasswordField password = new PasswordField();

    PasswordResetDialog(UserAdminService service, UserListItem user, Runnable onReset) {
        this.service = service;
        this.user = user;
        this.onReset = onReset;
        addClassName("password-reset");
        setWidth("min(32em, 95vw)");
        setCloseOnOutsideClick(false);
        setHeaderTitle(getTranslation("user.reset.title", user.username()));

        generate.setItems(true, false);
        generate.setItemLabelGenerator(g -> getTranslation(g ? "user.reset.generate" : "user.reset.choose"));
        generate.setValue(true);
        password.setLabel(getTranslation("user.reset.password"));
        password.setHelperText(getTranslation("password.rule", PasswordPolicy.MIN_LENGTH));
        // No maxlength: a cut paste would set a password nobody knows; PasswordPolicy says "too long" instead.
        password.setVisible(false);
        generate.addValueChangeListener(e -> password.setVisible(!e.getValue()));

        add(new VerticalLayout(new Paragraph(getTranslation("user.reset.text")), generate, password));
        Button reset = new Button(getTranslation("user.action.resetPassword"), e -> reset());
        reset.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), reset);
    }

    private void reset() {
        String chosen = generate.getValue() ? null : password.getValue();
        if (chosen != null) {
            var violation = PasswordPolicy.violation(user.username(), chosen);
            if (violation.isPresent()) {
                password.setErrorMessage(getTranslation(violation.get(), PasswordPolicy.MIN_LENGTH));
                password.setInvalid(true);
                return;
            }
        }
        try {
            String temporary = service.resetPassword(user.id(), chosen);
            showResult(temporary);
            onReset.run();
        } catch (BusinessRuleException e) {
            password.setErrorMessage(getTranslation(e.messageKey(), PasswordPolicy.MIN_LENGTH));
            password.setInvalid(true);
        }
    }

    private void showResult(String temporary) {
        removeAll();
        getFooter().removeAll();
        Span value = new Span(temporary);
        value.addClassName("temporary-password");
        add(new VerticalLayout(new Paragraph(getTranslation("user.reset.done", user.displayName())), value,
                new Paragraph(getTranslation("user.reset.doneHint"))));
        Button close = new Button(getTranslation("action.close"), e -> close());
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(close);
    }
}
