package ecopark.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import ecopark.base.domain.BusinessRuleException;
import ecopark.base.ui.component.TextLimits;
import ecopark.review.domain.ReviewCopy;
import ecopark.review.service.Colleague;
import ecopark.review.service.ReviewCopies;

/** Copies the revision under review to colleagues of the bureau for information (抄送), with an optional note. */
class CopyDialog extends Dialog {

    CopyDialog(ReviewCopies review, String taskId) {
        setHeaderTitle(getTranslation("review.copy.title"));
        setId("copy-dialog");
        MultiSelectComboBox<Colleague> to = new MultiSelectComboBox<>(getTranslation("review.copy.to"));
        to.setId("copy-to");
        to.setItems(review.candidates(taskId));
        to.setItemLabelGenerator(c -> c.manager() ? getTranslation("review.copy.manager", c.displayName())
                : c.displayName());
        to.setWidthFull();
        TextArea note = new TextArea(getTranslation("review.copy.note"));
        note.setId("copy-note");
        // No maxlength (a browser cuts a longer paste silently): refused at the note with the limit.
        note.setWidthFull();
        VerticalLayout body = new VerticalLayout(to, note);
        body.setPadding(false);
        add(body);
        Button send = new Button(getTranslation("review.copy.send"), e -> {
            to.setInvalid(false);
            note.setInvalid(false);
            if (!TextLimits.fits(note, ReviewCopy.NOTE_MAX_LENGTH)) {
                return;
            }
            try {
                int sent = review.copy(taskId, to.getValue().stream().map(Colleague::username).toList(),
                        note.getValue());
                close();
                Notification.show(getTranslation("review.copy.sent", sent), 4000, Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (BusinessRuleException ex) {
                to.setErrorMessage(getTranslation(ex.messageKey(), ex.args()));
                to.setInvalid(true);
            }
        });
        send.setId("copy-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), send);
        setWidth("min(32em, 95vw)");
    }
}
