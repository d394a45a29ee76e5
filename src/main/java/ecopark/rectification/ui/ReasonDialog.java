package ecopark.rectification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import ecopark.base.domain.BusinessRuleException;
import java.util.function.Consumer;

/**
 * A decision with a text: closing (optional note), returning or refusing (reason required). The service decides
 * whether the text is required; its refusal shows under the text, which stays as typed.
 */
class ReasonDialog extends Dialog {

    private final TextArea text = new TextArea();

    ReasonDialog(String title, String explanation, String label, String confirm, boolean danger,
            Consumer<String> action) {
        addClassName("reason-dialog");
        setHeaderTitle(title);
        setWidth("min(560px, 96vw)");
        text.setId("decision-text");
        text.setLabel(label);
        text.setWidthFull();
        text.setMinHeight("6em");
        // No maxlength: the browser would cut a longer paste silently; the service refuses it with the limit.
        if (explanation != null) {
            add(new Paragraph(explanation));
        }
        add(text);
        Button ok = new Button(confirm, e -> {
            try {
                action.accept(text.getValue());
                close();
            } catch (BusinessRuleException ex) {
                text.setErrorMessage(getTranslation(ex.messageKey(), ex.args()));
                text.setInvalid(true);
            }
        });
        ok.setId("decision-confirm");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (danger) {
            ok.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), ok);
    }
}
