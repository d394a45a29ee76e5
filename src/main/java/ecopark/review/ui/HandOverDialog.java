package ecopark.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import ecopark.base.domain.BusinessRuleException;
import ecopark.base.ui.component.TextLimits;
import ecopark.review.service.Colleague;
import ecopark.review.service.ReviewService;
import java.util.List;

/**
 * Hands a held task over to another reviewer of the bureau (转办) with a note; only the colleagues the rules allow are
 * offered, and a refusal from the service shows next to the field.
 */
class HandOverDialog extends Dialog {

    private final Select<Colleague> to = new Select<>();
    private final TextArea note = new TextArea();

    HandOverDialog(ReviewService review, String taskId, Runnable afterHandOver) {
        setHeaderTitle(getTranslation("review.handOver.title"));
        setId("hand-over-dialog");
        List<Colleague> candidates = review.handOverCandidates(taskId);
        to.setId("hand-over-to");
        to.setLabel(getTranslation("review.handOver.to"));
        to.setItems(candidates);
        to.setItemLabelGenerator(Colleague::displayName);
        to.setWidthFull();
        note.setId("hand-over-note");
        note.setLabel(getTranslation("review.handOver.note"));
        // No maxlength (a browser cuts a longer paste silently): the service refuses it, shown at the note.
        note.setRequired(true);
        note.setWidthFull();
        VerticalLayout body = new VerticalLayout();
        body.setPadding(false);
        if (candidates.isEmpty()) {
            body.add(new Paragraph(getTranslation("review.handOver.nobody")));
        }
        body.add(to, note);
        add(body);
        Button confirm = new Button(getTranslation("review.handOver.confirm"), e -> {
            to.setInvalid(false);
            note.setInvalid(false);
            if (to.getValue() == null) {
                to.setErrorMessage(getTranslation("review.handOver.chooseSomeone"));
                to.setInvalid(true);
                return;
            }
            if (!TextLimits.fits(note, ReviewService.HAND_OVER_NOTE_MAX_LENGTH)) {
                return;
            }
            try {
                review.handOver(taskId, to.getValue().username(), note.getValue());
                close();
                afterHandOver.run();
            } catch (BusinessRuleException ex) {
                // A missing or long note belongs to the note; every other refusal is about the chosen colleague.
                boolean aboutNote = ex.messageKey().startsWith("review.error.handOverNote");
                (aboutNote ? (com.vaadin.flow.component.HasValidation) note : to)
                        .setErrorMessage(getTranslation(ex.messageKey(), ex.args()));
                (aboutNote ? (com.vaadin.flow.component.HasValidation) note : to).setInvalid(true);
            }
        });
        confirm.setId("hand-over-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setEnabled(!candidates.isEmpty());
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), confirm);
        setWidth("min(32em, 95vw)");
    }
}
