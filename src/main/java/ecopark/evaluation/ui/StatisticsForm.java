package ecopark.evaluation.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import ecopark.base.ui.component.DecimalField;
import ecopark.evaluation.service.Catalogue;
import ecopark.evaluation.service.StatisticEdit;
import ecopark.evaluation.service.StatisticSpec;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;

/**
 * The park's statistics of the years the formulas read (the base year, the three years before the report year and
 * the report year), one cell per statistic and year. Saved with the report: a changed cell is recorded, an emptied
 * one deletes the stored value.
 */
class StatisticsForm extends Div {

    /** A cell: its statistic, year, field and the value stored when the form was loaded or last saved. */
    private static final class Cell {
        final String key;
        final int year;
        final DecimalField field;
        BigDecimal stored;

        Cell(String key, int year, DecimalField field, BigDecimal stored) {
            this.key = key;
            this.year = year;
            this.field = field;
            this.stored = stored;
        }

        boolean changed() {
            BigDecimal typed = field.decimal();
            return field.isNumber() && (typed == null ? stored != null : stored == null || typed.compareTo(stored) != 0);
        }
    }

    private final List<Cell> cells = new ArrayList<>();

    /** {@code stored} holds the recorded values by "statistic@year". */
    StatisticsForm(Catalogue catalogue, SortedSet<Integer> years, Map<String, BigDecimal> stored, boolean editable,
            Locale locale, Runnable onEdit) {
        addClassName("statistics-form");
        setId("statistics-form");
        add(new H4(getTranslation("evaluation.editor.statistics")));
        Div header = new Div(new Span(getTranslation("evaluation.editor.statistic")));
        header.addClassName("statistics-row");
        years.forEach(y -> header.add(new Span(String.valueOf(y))));
        add(header);
        catalogue.statistics().values().stream()
                .sorted(Comparator.comparingInt(StatisticSpec::sortOrder))
                .forEach(spec -> {
                    Div line = new Div(new Span(getTranslation("text.nameWithUnit", spec.name(), spec.unit())));
                    line.addClassName("statistics-row");
                    for (int year : years) {
                        DecimalField field = new DecimalField();
                        field.setId("stat-" + spec.key() + "-" + year);
                        field.setAriaLabel(spec.name().in(locale) + " " + year);
                        BigDecimal value = stored.get(spec.key() + "@" + year);
                        field.setDecimal(value);
                        field.setReadOnly(!editable);
                        field.addValueChangeListener(e -> {
                            if (e.isFromClient()) {
                                onEdit.run();
                            }
                        });
                        cells.add(new Cell(spec.key(), year, field, value));
                        line.add(field);
                    }
                    add(line);
                });
    }

    /** Every changed cell; an emptied one carries null. Cells whose text is not a number are left out. */
    List<StatisticEdit> edits() {
        return cells.stream().filter(Cell::changed).map(c -> new StatisticEdit(c.year, c.key, c.field.decimal()))
                .toList();
    }

    /** Cells whose text is not a number (each marked at its field with the reason). */
    long unreadable() {
        return cells.stream().filter(c -> !c.field.isNumber()).count();
    }

    boolean hasPendingInput() {
        return unreadable() > 0 || cells.stream().anyMatch(Cell::changed);
    }

    /** Marks the cells a service refused (by field name) and clears the marks of the others. */
    void showProblems(Map<String, String> messages) {
        Map<String, Cell> byField = new HashMap<>();
        cells.forEach(c -> byField.put(new StatisticEdit(c.year, c.key, null).field(), c));
        byField.forEach((name, cell) -> cell.field.setProblem(messages.get(name)));
    }

    /** After a save: the cells hold what is stored. */
    void markSaved() {
        cells.stream().filter(c -> c.field.isNumber()).forEach(c -> c.stored = c.field.decimal());
    }
}
