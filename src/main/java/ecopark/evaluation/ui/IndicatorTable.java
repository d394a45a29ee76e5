package ecopark.evaluation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import ecopark.base.ui.component.DecimalField;
import ecopark.evaluation.domain.RuleKind;
import ecopark.evaluation.service.Catalogue;
import ecopark.evaluation.service.IndicatorSpec;
import ecopark.evaluation.service.SheetEdits;
import ecopark.evaluation.service.SheetView;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * The indicator rows of section 三 in the catalogue's order and categories: mandatory rows fixed, optional rows with
 * a tick, and an input per assessed row that fits its kind (a number, a yes/no state, or the formula of a computed
 * row). Nothing is stored here: the table holds what the user changed against what was stored, for the one save.
 */
class IndicatorTable extends Div {

    private final Locale locale;
    private final Catalogue catalogue;
    private final boolean editable;
    private final Runnable onEdit;
    private final BiFunction<IndicatorSpec, SheetView.Entry, Component> overrideButton;
    private final Map<String, Checkbox> ticks = new LinkedHashMap<>();
    private final Map<String, DecimalField> values = new LinkedHashMap<>();
    private final Map<String, RadioButtonGroup<Boolean>> states = new LinkedHashMap<>();
    private final Map<String, Div> inputs = new HashMap<>();
    private final Map<String, Div> overrides = new HashMap<>();
    private final Map<String, BigDecimal> storedValues = new HashMap<>();
    private final Map<String, Boolean> storedStates = new HashMap<>();
    private Set<String> storedSelection = new TreeSet<>();

    IndicatorTable(Catalogue catalogue, SheetView sheet, boolean editable, Locale locale,
            BiFunction<IndicatorSpec, SheetView.Entry, Component> overrideButton, Runnable onEdit) {
        this.catalogue = catalogue;
        this.editable = editable;
        this.locale = locale;
        this.overrideButton = overrideButton;
        this.onEdit = onEdit;
        addClassName("indicator-table");
        Map<String, SheetView.Entry> entries = sheet.entries().stream()
                .collect(Collectors.toMap(SheetView.Entry::code, e -> e));
        catalogue.categories().forEach(category -> {
            List<IndicatorSpec> rows = catalogue.indicators().stream()
                    .filter(i -> i.categoryId() == category.id()).toList();
            if (rows.isEmpty()) {
                return;
            }
            add(new H4(category.name().in(locale)));
            rows.forEach(indicator -> add(row(indicator, entries.get(indicator.code()))));
        });
        storedSelection = selection();
        showInputs();
    }

    private Div row(IndicatorSpec indicator, SheetView.Entry entry) {
        Div row = new Div();
        row.addClassName("indicator-row");
        row.setId("indicator-" + indicator.code());
        Span number = new Span(indicator.code());
        number.addClassName("number");
        Span name = new Span(indicator.name().in(locale) + (indicator.footnoteMarks() == null ? ""
                : " " + indicator.footnoteMarks()));
        name.addClassName("name");
        // A dimensionless indicator's unit is "—" in the standard's table: after a requirement it would read as a dash.
        String unit = indicator.unit().in(locale);
        Span requirement = new Span(indicator.requirement().in(locale)
                + (unit.isBlank() || "—".equals(unit) || "-".equals(unit) ? "" : " " + unit));
        requirement.addClassName("requirement");
        row.add(number, name, requirement, assessed(indicator, entry));
        Div input = new Div(input(indicator, entry));
        input.addClassName("indicator-input");
        inputs.put(indicator.code(), input);
        if (indicator.industryOverride()) {
            Div override = new Div(overrideButton.apply(indicator, entry));
            overrides.put(indicator.code(), override);
            input.add(override);
        }
        row.add(input);
        return row;
    }

    private Component assessed(IndicatorSpec indicator, SheetView.Entry entry) {
        if (indicator.isMandatory()) {
            Span mandatory = new Span(getTranslation("evaluation.editor.mandatory"));
            mandatory.addClassName("mandatory");
            return mandatory;
        }
        Checkbox selected = new Checkbox(getTranslation("evaluation.editor.assessed"), entry != null && entry.selected());
        selected.setId("select-" + indicator.code());
        selected.setReadOnly(!editable);
        selected.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                showInputs();
                onEdit.run();
            }
        });
        ticks.put(indicator.code(), selected);
        return selected;
    }

    private Component input(IndicatorSpec indicator, SheetView.Entry entry) {
        String code = indicator.code();
        if (indicator.isComputed()) {
            Span computed = new Span(getTranslation("evaluation.editor.computed", indicator.formula().in(locale)));
            computed.addClassName("computed");
            return computed;
        }
        if (indicator.ruleKind() == RuleKind.STATE) {
            RadioButtonGroup<Boolean> state = new RadioButtonGroup<>();
            state.setId("state-" + code);
            state.setItems(Boolean.TRUE, Boolean.FALSE);
            state.setItemLabelGenerator(b -> getTranslation(b ? "evaluation.editor.yes" : "evaluation.editor.no"));
            state.setValue(entry == null ? null : entry.enteredState());
            state.setReadOnly(!editable);
            state.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    state.setInvalid(false);
                    onEdit.run();
                }
            });
            storedStates.put(code, state.getValue());
            states.put(code, state);
            return state;
        }
        DecimalField value = new DecimalField();
        value.setId("value-" + code);
        // The unit once, beside the number (a placeholder would repeat it while the field is empty).
        value.setSuffixComponent(new Span(indicator.unit().in(locale)));
        value.setDecimal(entry == null ? null : entry.enteredValue());
        value.setReadOnly(!editable);
        value.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                onEdit.run();
            }
        });
        storedValues.put(code, entry == null ? null : entry.enteredValue());
        values.put(code, value);
        return value;
    }

    /** An assessed row shows its input: mandatory rows, and optional rows while they are ticked. */
    private void showInputs() {
        Set<String> selected = selection();
        catalogue.indicators().forEach(indicator -> {
            Div input = inputs.get(indicator.code());
            if (input != null) {
                input.setVisible(indicator.isMandatory() || selected.contains(indicator.code()));
            }
        });
    }

    private boolean shown(String code) {
        Div input = inputs.get(code);
        return input != null && input.isVisible();
    }

    /** The ticked optional indicators. */
    Set<String> selection() {
        return ticks.entrySet().stream().filter(e -> e.getValue().getValue()).map(Map.Entry::getKey)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    Set<String> storedSelection() {
        return storedSelection;
    }

    /** The numbers typed in assessed rows that differ from the stored ones (null: emptied); unreadable ones left out. */
    Map<String, BigDecimal> valueEdits() {
        Map<String, BigDecimal> edits = new LinkedHashMap<>();
        values.forEach((code, field) -> {
            if (shown(code) && field.isNumber() && !sameNumber(field.decimal(), storedValues.get(code))) {
                edits.put(code, field.decimal());
            }
        });
        return edits;
    }

    Map<String, Boolean> stateEdits() {
        Map<String, Boolean> edits = new LinkedHashMap<>();
        states.forEach((code, field) -> {
            if (shown(code) && !Objects.equals(field.getValue(), storedStates.get(code))) {
                edits.put(code, field.getValue());
            }
        });
        return edits;
    }

    /** Assessed rows whose text is not a number (each is marked at its field with the reason). */
    long unreadable() {
        return values.entrySet().stream().filter(e -> shown(e.getKey()) && !e.getValue().isNumber()).count();
    }

    boolean hasPendingInput() {
        return !valueEdits().isEmpty() || !stateEdits().isEmpty() || unreadable() > 0
                || !selection().equals(storedSelection);
    }

    /** Marks the rows a service refused (by field name) and clears the marks of the others. */
    void showProblems(Map<String, String> messages) {
        values.forEach((code, field) -> field.setProblem(messages.get(SheetEdits.valueField(code))));
        states.forEach((code, field) -> {
            String message = messages.get(SheetEdits.stateField(code));
            field.setErrorMessage(message);
            field.setInvalid(message != null);
        });
    }

    /** After a save: what the table shows is what is stored. */
    void markSaved() {
        values.forEach((code, field) -> {
            if (shown(code) && field.isNumber()) {
                storedValues.put(code, field.decimal());
            }
        });
        states.forEach((code, field) -> {
            if (shown(code)) {
                storedStates.put(code, field.getValue());
            }
        });
        storedSelection = selection();
    }

    /** Shows the footnote-a button of a row anew, e.g. after its dialog saved; typed values stay as they are. */
    void replaceOverride(IndicatorSpec indicator, SheetView.Entry entry) {
        Div holder = overrides.get(indicator.code());
        if (holder != null) {
            holder.removeAll();
            holder.add(overrideButton.apply(indicator, entry));
        }
    }

    private static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
