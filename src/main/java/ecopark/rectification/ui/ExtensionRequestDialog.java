package ecopark.rectification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import ecopark.base.ui.component.DatePickers;
import ecopark.base.ui.component.TextLimits;
import ecopark.base.domain.BusinessRuleException;
import ecopark.rectification.domain.RectificationTask;
import ecopark.rectification.service.TaskCommands;
import ecopark.rectification.service.TaskDetail;

/** The park asks for a later deadline, with a reason; the jurisdiction's managers decide. */
class ExtensionRequestDialog extends Dialog {

    ExtensionRequestDialog(TaskCommands registry, TaskDetail task, Runnable requested) {
        addClassName("extension-dialog");
        setHeaderTitle(getTranslation("rectification.extension.request"));
        setWidth("min(560px, 96vw)");
        DatePicker date = DatePickers.create(getTranslation("rectification.extension.newDeadline"));
        date.setId("extension-date");
        DatePickers.setMin(date, task.deadline().plusDays(1));
        date.setHelperText(getTranslation("rectification.extension.current", RectificationFormats.date(task.deadline())));
        TextArea reason = new TextArea(getTranslation("rectification.extension.reason"));
        reason.setId("extension-reason");
        reason.setWidthFull();
        reason.setMinHeight("6em");
        // No maxlength (a browser cuts a longer paste silently): refused at the field with the limit.
        add(date, reason);
        Button send = new Button(getTranslation("rectification.extension.send"), e -> {
            if (date.getValue() == null) {
                // A text that is no date: the picker already says so beside the field. Nothing typed: say it is needed.
                if (!date.isInvalid()) {
                    date.setErrorMessage(getTranslation("finish.date.required"));
                    date.setInvalid(true);
                }
                return;
            }
            date.setInvalid(false);
            reason.setInvalid(false);
            if (!TextLimits.fits(reason, RectificationTask.NOTE_MAX_LENGTH)) {
                return;
            }
            try {
                registry.requestExtension(task.id(), date.getValue(), reason.getValue());
                close();
                requested.run();
            } catch (BusinessRuleException ex) {
                var field = ex.messageKey().equals("rectification.error.extensionDate") ? date : reason;
                field.setErrorMessage(getTranslation(ex.messageKey(), ex.args()));
                field.setInvalid(true);
            }
        });
        send.setId("extension-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), send);
    }
}
