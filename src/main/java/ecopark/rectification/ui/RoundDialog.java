package ecopark.rectification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import ecopark.base.ui.component.DatePickers;
import ecopark.base.ui.component.TextLimits;
import ecopark.base.domain.BusinessRuleException;
import ecopark.rectification.domain.InspectionRound;
import ecopark.rectification.domain.RectificationSource;
import ecopark.rectification.service.NewRound;
import ecopark.rectification.service.TaskCommands;
import ecopark.rectification.service.RoundItem;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * A new inspection round (managers, for their jurisdiction) or a batch of the park's own checks (staff, for their
 * park): its name, source and the date its findings were handed down.
 */
class RoundDialog extends Dialog {

    private final TextField name = new TextField();
    private final Select<RectificationSource> source = new Select<>();
    private final DatePicker issuedOn = DatePickers.configure(new DatePicker());

    RoundDialog(TaskCommands registry, Long parkId, LocalDate today, Consumer<RoundItem> created) {
        addClassName("round-dialog");
        setHeaderTitle(getTranslation(parkId == null ? "rectification.round.new" : "rectification.round.newBatch"));
        name.setId("round-name");
        name.setLabel(getTranslation("rectification.round.name"));
        // No maxlength (a browser cuts a longer paste silently): refused at the field with the limit.
        name.setRequired(true);
        name.setWidthFull();
        source.setId("round-source");
        source.setLabel(getTranslation("rectification.field.source"));
        source.setItems(Arrays.stream(RectificationSource.values())
                .filter(s -> parkId == null || s.mayBeRegisteredByPark()).toList());
        source.setItemLabelGenerator(s -> s == null ? "" : getTranslation(s.labelKey()));
        source.setValue(parkId == null ? RectificationSource.CENTRAL_INSPECTION : RectificationSource.INTERNAL_CHECK);
        issuedOn.setId("round-issued-on");
        issuedOn.setLabel(getTranslation("rectification.round.issuedOn"));
        issuedOn.setValue(today);
        DatePickers.setMax(issuedOn, today);
        FormLayout form = new FormLayout(name, source, issuedOn);
        form.setColspan(name, 2);
        add(form);

        Button save = new Button(getTranslation("action.save"), e -> {
            name.setInvalid(false);
            if (!TextLimits.fits(name, InspectionRound.NAME_MAX_LENGTH)) {
                return;
            }
            try {
                RoundItem round = registry.createRound(new NewRound(parkId, source.getValue(), name.getValue(),
                        issuedOn.getValue()));
                close();
                created.accept(round);
            } catch (BusinessRuleException ex) {
                name.setErrorMessage(getTranslation(ex.messageKey(), ex.args()));
                name.setInvalid(true);
            }
        });
        save.setId("round-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
