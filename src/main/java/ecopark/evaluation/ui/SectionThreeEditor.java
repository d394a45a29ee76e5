package ecopark.evaluation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import ecopark.base.domain.BusinessRuleException;
import ecopark.evaluation.domain.RuleKind;
import ecopark.evaluation.service.Catalogue;
import ecopark.evaluation.service.IndicatorSheetService;
import ecopark.evaluation.service.IndicatorSpec;
import ecopark.evaluation.service.SheetView;
import ecopark.evaluation.service.StatisticSpec;
import ecopark.evaluation.service.StatisticsService;
import ecopark.evaluation.service.YearlyValue;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Section 三 of the form in the report editor: the indicator table in the catalogue's order and categories
 * (mandatory rows fixed, optional rows selectable, an input per entered row that fits its kind), the yearly
 * statistics the computed rows need, and the live evaluation. Every change goes straight to the evaluation
 * services, which check access, editability and values; a refusal is shown at the field.
 */
public class SectionThreeEditor extends Composite<Div> {

    private final IndicatorSheetService sheets;
    private final StatisticsService statistics;
    private final long reportId;
    private final boolean editable;
    private final int baseYear;
    private final Locale locale;
    private final Div table = new Div();
    private final Div results = new Div();
    private final TextField changeReason = new TextField();
    private SheetView sheet;
    private Catalogue catalogue;

    public SectionThreeEditor(IndicatorSheetService sheets, StatisticsService statistics, long reportId,
            int baseYear, boolean editable) {
        this.sheets = sheets;
        this.statistics = statistics;
        this.reportId = reportId;
        this.baseYear = baseYear;
        this.editable = editable;
        this.locale = getLocale();
        Div root = getContent();
        root.addClassNames("form-part", "section-three");
        root.setId("section-three");
        reload();
        changeReason.setLabel(getTranslation("evaluation.editor.changeReason"));
        changeReason.setWidthFull();
        changeReason.setVisible(false);
        changeReason.setId("selection-change-reason");
        changeReason.setValue(sheet.selectionChangeReason() == null ? "" : sheet.selectionChangeReason());
        root.add(new H3(getTranslation("evaluation.editor.title")),
                new Span(getTranslation("evaluation.editor.standard", sheet.standardCode())), changeReason, table,
                statisticsForm(), new H4(getTranslation("evaluation.editor.results")), results);
        render();
    }

    private void reload() {
        sheet = sheets.sheet(reportId);
        catalogue = sheets.catalogueOf(reportId);
    }

    private void render() {
        table.removeAll();
        table.addClassName("indicator-table");
        Map<String, SheetView.Entry> entries = sheet.entries().stream()
                .collect(Collectors.toMap(SheetView.Entry::code, e -> e));
        catalogue.categories().forEach(category -> {
            List<IndicatorSpec> rows = catalogue.indicators().stream()
                    .filter(i -> i.categoryId() == category.id()).toList();
            if (rows.isEmpty()) {
                return;
            }
            table.add(new H4(category.name().in(locale)));
            rows.forEach(indicator -> table.add(row(indicator, entries.get(indicator.code()))));
        });
        results.removeAll();
        results.add(new EvaluationPanel(sheets.evaluate(reportId), catalogue));
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
        Span requirement = new Span(indicator.requirement().in(locale) + " " + indicator.unit().in(locale));
        requirement.addClassName("requirement");
        row.add(number, name, requirement, assessed(indicator, entry));
        boolean assessed = indicator.isMandatory() || (entry != null && entry.selected());
        if (assessed) {
            row.add(input(indicator, entry));
        }
        return row;
    }

    private Component assessed(IndicatorSpec indicator, SheetView.Entry entry) {
        if (indicator.isMandatory()) {
            Span mandatory = new Span(getTranslation("evaluation.editor.mandatory"));
            mandatory.addClassName("mandatory");
            return mandatory;
        }
        Checkbox selected = new Checkbox(getTranslation("evaluation.editor.assessed"), entry != null && entry.selected());
        selected.setReadOnly(!editable);
        selected.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            Set<String> codes = new TreeSet<>(sheet.entries().stream().filter(SheetView.Entry::selected)
                    .map(SheetView.Entry::code).toList());
            if (e.getValue()) {
                codes.add(indicator.code());
            } else {
                codes.remove(indicator.code());
            }
            try {
                sheets.select(reportId, codes, changeReason.getValue());
                changeReason.setInvalid(false);
                reload();
                render();
            } catch (BusinessRuleException ex) {
                selected.setValue(!e.getValue());
                changeReason.setVisible(true);
                changeReason.setErrorMessage(getTranslation(ex.messageKey(), ex.args()));
                changeReason.setInvalid(true);
            }
        });
        return selected;
    }

    private Component input(IndicatorSpec indicator, SheetView.Entry entry) {
        if (indicator.isComputed()) {
            Span computed = new Span(getTranslation("evaluation.editor.computed", indicator.formula().in(locale)));
            computed.addClassName("computed");
            return computed;
        }
        if (indicator.ruleKind() == RuleKind.STATE) {
            RadioButtonGroup<Boolean> state = new RadioButtonGroup<>();
            state.setItems(Boolean.TRUE, Boolean.FALSE);
            state.setItemLabelGenerator(b -> getTranslation(b ? "evaluation.editor.yes" : "evaluation.editor.no"));
            state.setValue(entry == null ? null : entry.enteredState());
            state.setReadOnly(!editable);
            state.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    apply(() -> sheets.enterState(reportId, indicator.code(), e.getValue()), state::setErrorMessage,
                            state::setInvalid);
                }
            });
            return state;
        }
        BigDecimalField value = new BigDecimalField();
        value.setPlaceholder(indicator.unit().in(locale));
        value.setSuffixComponent(new Span(indicator.unit().in(locale)));
        value.setValue(entry == null ? null : entry.enteredValue());
        value.setReadOnly(!editable);
        value.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                apply(() -> sheets.enterValue(reportId, indicator.code(), e.getValue()), value::setErrorMessage,
                        value::setInvalid);
            }
        });
        return value;
    }

    private void apply(Runnable change, java.util.function.Consumer<String> error,
            java.util.function.Consumer<Boolean> invalid) {
        try {
            change.run();
            invalid.accept(false);
            reload();
            results.removeAll();
            results.add(new EvaluationPanel(sheets.evaluate(reportId), catalogue));
        } catch (BusinessRuleException ex) {
            error.accept(getTranslation(ex.messageKey(), ex.args()));
            invalid.accept(true);
        }
    }

    /** The statistics of the years the formulas read: the base year, the three years before and the report year. */
    private Component statisticsForm() {
        Div form = new Div();
        form.addClassName("statistics-form");
        form.setId("statistics-form");
        TreeSet<Integer> years = new TreeSet<>(List.of(sheet.year(), sheet.year() - 1, sheet.year() - 2,
                sheet.year() - 3));
        if (baseYear <= sheet.year()) {
            years.add(baseYear);
        }
        Map<String, BigDecimal> known = new HashMap<>();
        for (YearlyValue v : statistics.values(sheet.parkId(), years.first(), years.last())) {
            known.put(v.statistic() + "@" + v.year(), v.value());
        }
        form.add(new H4(getTranslation("evaluation.editor.statistics")));
        Div header = new Div(new Span(getTranslation("evaluation.editor.statistic")));
        header.addClassName("statistics-row");
        years.forEach(y -> header.add(new Span(String.valueOf(y))));
        form.add(header);
        Map<String, BigDecimalField> fields = new LinkedHashMap<>();
        catalogue.statistics().values().stream()
                .sorted(java.util.Comparator.comparingInt(StatisticSpec::sortOrder))
                .forEach(spec -> {
                    Div line = new Div(new Span(spec.name().in(locale) + "（" + spec.unit().in(locale) + "）"));
                    line.addClassName("statistics-row");
                    for (int year : years) {
                        BigDecimalField field = new BigDecimalField();
                        field.setId("stat-" + spec.key() + "-" + year);
                        field.setValue(known.get(spec.key() + "@" + year));
                        field.setReadOnly(!editable);
                        fields.put(spec.key() + "@" + year, field);
                        line.add(field);
                    }
                    form.add(line);
                });
        if (editable) {
            Span message = new Span();
            message.setId("statistics-message");
            Button save = new Button(getTranslation("evaluation.editor.saveStatistics"), VaadinIcon.CHECK.create(),
                    e -> saveStatistics(fields, years, message));
            save.setId("save-statistics");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            form.add(save, message);
        }
        return form;
    }

    private void saveStatistics(Map<String, BigDecimalField> fields, TreeSet<Integer> years, Span message) {
        try {
            for (int year : years) {
                Map<String, BigDecimal> values = new LinkedHashMap<>();
                fields.forEach((key, field) -> {
                    if (key.endsWith("@" + year) && field.getValue() != null) {
                        values.put(key.substring(0, key.indexOf('@')), field.getValue());
                    }
                });
                if (!values.isEmpty()) {
                    statistics.record(sheet.parkId(), year, values);
                }
            }
            message.setText(getTranslation("evaluation.editor.statisticsSaved"));
            message.removeClassName("error");
            results.removeAll();
            results.add(new EvaluationPanel(sheets.evaluate(reportId), catalogue));
        } catch (BusinessRuleException ex) {
            message.setText(getTranslation(ex.messageKey(), ex.args()));
            message.addClassName("error");
        }
    }
}
