package ecopark.evaluation.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import ecopark.base.ui.component.PlainTextGuard;
import ecopark.evaluation.domain.IndicatorSheet;
import ecopark.evaluation.service.Catalogue;
import ecopark.evaluation.service.SheetEdits;
import ecopark.evaluation.service.SheetView;
import java.util.Objects;
import java.util.Set;

/**
 * The count of ticked optional indicators against the standard's minimum, and the reason field when the selection
 * differs from last year's. The selection is saved with the report as a whole, because the standard's rules (at least
 * six optional indicators, the groups, last year's selection) hold for the whole selection, not for each tick; a
 * refusal is shown at the reason field.
 */
class SelectionBar extends Div {

    private final Catalogue catalogue;
    private final TextField changeReason = new TextField();
    private final Span selectionState = new Span();
    private SheetView sheet;
    private Set<String> stored;

    SelectionBar(SheetView sheet, Catalogue catalogue, Set<String> storedSelection, boolean editable,
            Runnable onEdit) {
        this.sheet = sheet;
        this.catalogue = catalogue;
        this.stored = storedSelection;
        addClassName("selection-bar");
        setId("selection-bar");
        selectionState.setId("selection-state");
        selectionState.addClassName("selection-state");
        String label = getTranslation("evaluation.editor.changeReason");
        changeReason.setLabel(label);
        changeReason.setWidthFull();
        changeReason.setId("selection-change-reason");
        changeReason.setValue(sheet.selectionChangeReason() == null ? "" : sheet.selectionChangeReason());
        changeReason.setReadOnly(!editable);
        changeReason.setManualValidation(true);
        PlainTextGuard.removeControlCharacters(changeReason, label);
        changeReason.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                showReasonProblem(null);
                onEdit.run();
            }
        });
        add(selectionState, changeReason);
    }

    /** Shows the count for the ticked selection and whether it is saved. */
    void show(Set<String> pending) {
        String state = getTranslation("sectionThree.selection.count", pending.size(), catalogue.minOptional());
        if (!pending.equals(stored)) {
            state += " " + getTranslation("sectionThree.selection.unsaved");
        }
        selectionState.setText(state);
        changeReason.setVisible(differsFromPreviousYear(pending) || sheet.selectionChangeReason() != null
                || changeReason.isInvalid());
    }

    /** The selection to save, or null when neither the ticks nor the reason changed. */
    SheetEdits.Selection edit(Set<String> pending) {
        boolean reasonChanged = !Objects.equals(typedReason(), sheet.selectionChangeReason());
        return pending.equals(stored) && !reasonChanged ? null : new SheetEdits.Selection(pending, typedReason());
    }

    /** 1 when the reason cannot be stored as typed (marked at the field), else 0. */
    long unreadable() {
        String problem = PlainTextGuard.problem(this, changeReason.getValue(), IndicatorSheet.REASON_MAX_LENGTH);
        if (problem != null) {
            showReasonProblem(problem);
            return 1;
        }
        return 0;
    }

    /** Marks the reason field with why the selection was refused, or clears the mark with null. */
    void showReasonProblem(String message) {
        changeReason.setErrorMessage(message);
        changeReason.setInvalid(message != null);
        if (message != null) {
            changeReason.setVisible(true);
        }
    }

    /** After a save: the sheet as stored now. */
    void markSaved(SheetView saved, Set<String> savedSelection) {
        this.sheet = saved;
        this.stored = savedSelection;
        showReasonProblem(null);
        if (saved.selectionChangeReason() == null && !differsFromPreviousYear(savedSelection)) {
            // The selection is last year's again, so no reason is kept; the field says so.
            changeReason.clear();
        }
    }

    private boolean differsFromPreviousYear(Set<String> selection) {
        return sheet.previousSelection() != null && !sheet.previousSelection().equals(selection);
    }

    private String typedReason() {
        return changeReason.getValue() == null || changeReason.getValue().isBlank() ? null
                : changeReason.getValue().strip();
    }
}
