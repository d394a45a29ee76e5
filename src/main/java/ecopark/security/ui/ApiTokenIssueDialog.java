package ecopark.security.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinServletRequest;
import ecopark.base.domain.BusinessRuleException;
import ecopark.base.domain.FieldProblem;
import ecopark.base.domain.FieldProblemsException;
import ecopark.base.ui.component.DatePickers;
import ecopark.security.service.ApiTokenService;
import ecopark.security.service.IssuedApiToken;
import ecopark.security.service.NewApiToken;
import ecopark.security.service.TokenAccount;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Issues an API token: purpose, account and an optional last valid day; then shows the token — the only time it is
 * ever shown — with a copy button, a warning and an example call. The service decides what is valid; its refusals
 * are shown at the field they concern.
 */
class ApiTokenIssueDialog extends Dialog {

    private final ApiTokenService service;
    private final Runnable onIssued;
    final TextField name = new TextField();
    final ComboBox<TokenAccount> account = new ComboBox<>();
    final DatePicker validThrough;

    ApiTokenIssueDialog(ApiTokenService service, Clock clock, Runnable onIssued) {
        this.service = service;
        this.onIssued = onIssued;
        addClassName("api-token-issue");
        setWidth("min(40em, 95vw)");
        setCloseOnOutsideClick(false);
        setHeaderTitle(getTranslation("apiToken.new"));

        name.setLabel(getTranslation("apiToken.name"));
        name.setHelperText(getTranslation("apiToken.name.helper"));
        // No maxlength (a browser cuts a longer paste silently): the service refuses it at the field with the limit.
        name.setRequiredIndicatorVisible(true);
        name.setWidthFull();
        account.setLabel(getTranslation("apiToken.account"));
        account.setItems(service.accountChoices());
        account.setItemLabelGenerator(a -> getTranslation("apiToken.accountItem", a.displayName(), a.username(),
                getTranslation(a.role().labelKey())));
        account.setRequiredIndicatorVisible(true);
        account.setWidthFull();
        validThrough = DatePickers.create(getTranslation("apiToken.validThrough"));
        validThrough.setHelperText(getTranslation("apiToken.validThrough.helper"));
        DatePickers.setMin(validThrough, LocalDate.now(clock));

        FormLayout form = new FormLayout(name, account, validThrough);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        Button issue = new Button(getTranslation("apiToken.issue"), VaadinIcon.KEY.create(), e -> issue());
        issue.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), issue);
        name.focus();
    }

    private void issue() {
        if (validThrough.isInvalid()) {
            return; // the picker already says what is wrong with the typed date
        }
        for (HasValidation field : List.<HasValidation>of(name, account)) {
            field.setInvalid(false);
        }
        try {
            IssuedApiToken issued = service.issue(new NewApiToken(name.getValue(),
                    account.getValue() == null ? null : account.getValue().id(), validThrough.getValue()));
            onIssued.run();
            showToken(issued);
        } catch (FieldProblemsException e) {
            Map<String, HasValidation> fields = Map.of(ApiTokenService.FIELD_NAME, name,
                    ApiTokenService.FIELD_ACCOUNT, account, ApiTokenService.FIELD_VALID_THROUGH, validThrough);
            for (FieldProblem problem : e.problems()) {
                HasValidation field = fields.get(problem.field());
                field.setErrorMessage(getTranslation(problem.key(), problem.args().toArray()));
                field.setInvalid(true);
            }
        } catch (BusinessRuleException e) {
            Notification.show(getTranslation(e.messageKey(), e.args()), 8000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    /** The token, once: after this dialog closes it exists only with whoever copied it. */
    private void showToken(IssuedApiToken issued) {
        removeAll();
        getFooter().removeAll();
        setHeaderTitle(getTranslation("apiToken.issued.title", issued.token().name()));
        Paragraph warning = new Paragraph(getTranslation("apiToken.issued.warning", issued.token().username()));
        warning.addClassName("api-token-warning");
        warning.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "500");
        TextArea token = new TextArea(getTranslation("apiToken.issued.token"));
        token.addClassName("api-token-secret");
        token.setValue(issued.text());
        token.setReadOnly(true);
        token.setWidthFull();
        token.getStyle().set("font-family", "monospace");
        Button copy = new Button(getTranslation("apiToken.copy"), VaadinIcon.COPY.create(), e -> copy(token));
        copy.addClassName("api-token-copy");
        TextArea usage = new TextArea(getTranslation("apiToken.issued.usage"));
        usage.setValue("curl -H 'Authorization: Bearer " + issued.text() + "' \\\n  " + baseUrl() + "/api/reports");
        usage.setReadOnly(true);
        usage.setWidthFull();
        usage.getStyle().set("font-family", "monospace").set("font-size", "var(--lumo-font-size-s)");
        VerticalLayout content = new VerticalLayout(warning, token, copy, usage);
        content.setPadding(false);
        add(content);
        Button close = new Button(getTranslation("apiToken.issued.close"), e -> close());
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(close);
    }

    /** This application's address as the browser reached it, for the example call. */
    private static String baseUrl() {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        return request == null ? "http://localhost:8080"
                : ServletUriComponentsBuilder.fromContextPath(request.getHttpServletRequest()).build().toUriString();
    }

    /** To the clipboard; where the browser offers no clipboard API (plain http), by selecting and copying the text. */
    private void copy(TextArea token) {
        token.getElement().executeJs("""
                const text = this.value;
                if (navigator.clipboard && window.isSecureContext) {
                  return navigator.clipboard.writeText(text).then(() => true, () => false);
                }
                const input = this.inputElement;
                input.focus();
                input.select();
                return document.execCommand('copy');
                """).then(Boolean.class, copied -> {
                    if (Boolean.TRUE.equals(copied)) {
                        Notification.show(getTranslation("apiToken.copied"), 3000, Notification.Position.BOTTOM_START)
                                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    }
                });
    }
}
