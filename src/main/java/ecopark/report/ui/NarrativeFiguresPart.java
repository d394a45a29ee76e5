package ecopark.report.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.di.Instantiator;
import ecopark.report.domain.NarrativeSection;
import ecopark.report.service.NarrativeFigures;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The narrative sections' link to the figures of another feature's registry (see {@link NarrativeFigures}): a button
 * that inserts the registry's figures where the user was writing, and under each section the warnings about
 * quoted counts that do not add up or differ from the registry. Without an implementation, nothing shows.
 */
class NarrativeFiguresPart {

    /** The caret of a text area, read in the browser when the area loses the focus. */
    static final String CARET = "element.inputElement.selectionStart";

    private final Optional<NarrativeFigures> figures;
    private final long parkId;
    private final int year;
    private final Map<NarrativeSection, TextArea> areas;
    private final Map<NarrativeSection, Div> warnings = new EnumMap<>(NarrativeSection.class);
    private final Runnable edited;
    private final java.util.List<com.vaadin.flow.shared.Registration> listeners = new java.util.ArrayList<>();
    private NarrativeSection lastEdited = NarrativeSection.MAIN_WORK;
    /** Where the caret was in {@link #lastEdited} when the user left it; null: at the end. */
    private Integer caret;

    /** {@code edited} runs when an insertion changed a text (the editor then has unsaved changes). */
    NarrativeFiguresPart(long parkId, int year, Map<NarrativeSection, TextArea> areas, Runnable edited) {
        UI ui = UI.getCurrent();
        this.figures = ui == null ? Optional.empty()
                : Optional.ofNullable(Instantiator.get(ui).getOrCreate(Sources.class).figures.getIfAvailable());
        this.parkId = parkId;
        this.year = year;
        this.areas = areas;
        this.edited = edited;
        areas.forEach((section, area) -> {
            Div box = new Div();
            box.addClassName("figure-warnings");
            box.setId("figure-warnings-" + section.name().toLowerCase().replace('_', '-'));
            warnings.put(section, box);
            // Clicking the insert button takes the focus from the text: focusout says which section the user was
            // writing in and where the caret stood (the text itself arrives with the change event just before).
            listeners.add(area.getElement().addEventListener("focusout", e -> {
                lastEdited = section;
                elemental.json.JsonValue at = e.getEventData().get(CARET);
                caret = at != null && at.getType() == elemental.json.JsonType.NUMBER ? (int) at.asNumber() : null;
            }).addEventData(CARET));
            listeners.add(area.addValueChangeListener(e -> check(section)));
            check(section);
        });
    }

    /** The button inserting the registry's figures, when the report is editable and a registry exists. */
    Optional<Button> insertButton(boolean editable) {
        if (!editable || figures.isEmpty()) {
            return Optional.empty();
        }
        Button insert = new Button(VaadinIcon.TABLE.create());
        insert.setText(insert.getTranslation("report.figures.insert"));
        insert.setId("insert-figures");
        insert.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        insert.addClickListener(e -> figures.get().openChooser(parkId, year, this::insert));
        return Optional.of(insert);
    }

    /** The warnings box shown under a section's text. */
    Div warningsOf(NarrativeSection section) {
        return warnings.get(section);
    }

    /**
     * Puts the sentence where the user was writing (the caret of the section last edited, its end if unknown), as
     * it is: the user's own punctuation around it stays theirs. It counts as a user edit (the editor then has unsaved
     * changes); the caret then stands after the sentence, so a second figure follows the first.
     */
    void insert(String sentence) {
        TextArea area = areas.get(lastEdited);
        String text = area.getValue() == null ? "" : area.getValue();
        int at = caret == null ? text.length() : Math.max(0, Math.min(caret, text.length()));
        area.setValue(text.substring(0, at) + sentence + text.substring(at));
        caret = at + sentence.length();
        edited.run();
        area.focus();
        area.getElement().executeJs("this.inputElement && this.inputElement.setSelectionRange($0, $0)", caret);
    }

    /** Stops listening to the text areas, which outlive this part when the editor reloads the report. */
    void release() {
        listeners.forEach(com.vaadin.flow.shared.Registration::remove);
        listeners.clear();
    }

    private void check(NarrativeSection section) {
        Div box = warnings.get(section);
        box.removeAll();
        String text = areas.get(section).getValue();
        if (figures.isEmpty() || text == null || text.isBlank()) {
            box.setVisible(false);
            return;
        }
        var found = figures.get().check(parkId, year, text);
        box.setVisible(!found.isEmpty());
        if (!found.isEmpty()) {
            UnorderedList list = new UnorderedList();
            found.forEach(w -> list.add(new ListItem(box.getTranslation(w.messageKey(), w.args().toArray()))));
            box.add(list);
        }
    }

    /** The registry implementing {@link NarrativeFigures}, if any feature provides one. */
    @Component
    static class Sources {

        final ObjectProvider<NarrativeFigures> figures;

        Sources(ObjectProvider<NarrativeFigures> figures) {
            this.figures = figures;
        }
    }
}
