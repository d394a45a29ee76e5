package ecopark.desk.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.shared.Registration;
import ecopark.base.i18n.TranslationProvider;
import ecopark.base.ui.component.EChart;
import ecopark.desk.service.ProvinceAttainment;
import ecopark.desk.service.ProvinceAttainmentRow;
import ecopark.desk.service.ProvinceAttainmentRow.MissedIndicator;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Per-province attainment of the indicators for a report year (the national desk's chart): a year selector (the
 * newest year with a published form first), a horizontal bar chart of each province's 达标率 — overall, or per
 * category grouped — and under it a grid with the same figures as text for screen readers and phones (parks
 * published of all, indicators met of assessed, the rate and the indicators most often missed). A component, not a
 * route: {@link AttainmentView} shows it on its own, the national desk as one of its tabs.
 */
public class AttainmentPanel extends VerticalLayout {

    /** Below this window width (px) the grid leaves out the parks and met/assessed columns (the last one says them). */
    static final int NARROW = 640;

    /** Overall: one bar per province; by category: a group of bars per province. */
    enum ChartMode {
        OVERALL, CATEGORIES
    }

    private final ProvinceAttainment attainment;
    final Select<Integer> year = new Select<>();
    final RadioButtonGroup<ChartMode> mode = new RadioButtonGroup<>();
    final EChart chart = new EChart();
    final Paragraph caption = new Paragraph();
    final Paragraph empty = new Paragraph();
    final Grid<ProvinceAttainmentRow> grid = new Grid<>();
    final Div results = new Div();
    private Grid.Column<ProvinceAttainmentRow> figuresColumn;
    private Grid.Column<ProvinceAttainmentRow> parksColumn;
    /** A phone's width: the parks and met/assessed columns are left out and said in the last column instead. */
    private boolean narrow;
    private Grid.Column<ProvinceAttainmentRow> provinceColumn;
    private Grid.Column<ProvinceAttainmentRow> missedColumn;
    private List<ProvinceAttainmentRow> rows = List.of();
    private Registration resize;

    /** The panel for the current user; it shows nothing but a notice to a user the service refuses. */
    public AttainmentPanel(ProvinceAttainment attainment) {
        this.attainment = attainment;
        addClassName("attainment-panel");
        setPadding(false);
        setWidthFull();

        year.setId("attainment-year");
        year.setLabel(getTranslation("attainment.year"));
        year.setWidth("10em");
        mode.setId("attainment-mode");
        mode.setLabel(getTranslation("attainment.mode"));
        mode.setItems(ChartMode.values());
        mode.setItemLabelGenerator(m -> getTranslation("attainment.mode." + m.name().toLowerCase()));
        mode.setValue(ChartMode.OVERALL);
        FlexLayout controls = new FlexLayout(year, mode);
        controls.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        controls.setAlignItems(FlexComponent.Alignment.BASELINE);
        controls.getStyle().set("gap", "var(--lumo-space-l)");

        chart.setId("attainment-chart");
        caption.setId("attainment-caption");
        caption.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)")
                .set("margin", "0");
        empty.setId("attainment-empty");
        empty.addClassName("empty-state");
        buildGrid();
        results.setId("attainment-results");
        results.setWidthFull();
        results.add(new H3(getTranslation("attainment.chartTitle")), caption, chart,
                new H3(getTranslation("attainment.gridTitle")), grid);

        if (!attainment.mayRead()) {
            // Embedded where the user may not read it (the service would refuse): a notice instead of the figures.
            empty.setText(getTranslation("attainment.refused"));
            add(empty);
            return;
        }
        List<Integer> years = attainment.years();
        year.setItems(years);
        year.setEnabled(!years.isEmpty());
        year.addValueChangeListener(e -> refresh());
        mode.addValueChangeListener(e -> drawChart());
        add(controls, empty, results);
        if (years.isEmpty()) {
            show(List.of());
        } else {
            year.setValue(years.get(0));
        }
    }

    /** Shows the report year (e.g. the national desk's notice year), also one without any published form. */
    public void setYear(int reportYear) {
        if (!year.getListDataView().contains(reportYear)) {
            List<Integer> years = new java.util.ArrayList<>(year.getListDataView().getItems().toList());
            years.add(reportYear);
            years.sort(java.util.Comparator.reverseOrder());
            year.setItems(years);
            year.setEnabled(true);
        }
        year.setValue(reportYear);
    }

    /** The rows shown (for tests). */
    List<ProvinceAttainmentRow> rows() {
        return rows;
    }

    private void refresh() {
        show(year.getValue() == null ? List.of() : attainment.rows(year.getValue()));
    }

    private void show(List<ProvinceAttainmentRow> shown) {
        rows = shown;
        boolean anything = shown.stream().anyMatch(r -> r.parksPublished() > 0);
        empty.setText(year.getValue() == null ? getTranslation("attainment.empty.none")
                : getTranslation("attainment.empty.year", String.valueOf(year.getValue())));
        empty.setVisible(!anything);
        results.setVisible(anything);
        mode.setEnabled(anything);
        grid.setItems(anything ? shown : List.of());
        drawChart();
    }

    private void drawChart() {
        boolean grouped = mode.getValue() == ChartMode.CATEGORIES;
        chart.setHeight(AttainmentChart.height(rows, grouped) + "px");
        chart.setOption(grouped ? AttainmentChart.byCategory(rows, chinese())
                : AttainmentChart.overall(rows, getTranslation("attainment.rate"),
                        getTranslation("attainment.rate.none")));
        String summary = rows.stream().map(r -> getTranslation("attainment.summaryItem", r.region(), percent(r.rate())))
                .collect(Collectors.joining(getTranslation("attainment.summarySeparator")));
        String label = getTranslation(grouped ? "attainment.chartLabel.categories" : "attainment.chartLabel.overall",
                year.getValue() == null ? "" : String.valueOf(year.getValue()), summary);
        chart.setAriaLabel(label);
        caption.setText(getTranslation(grouped ? "attainment.caption.categories" : "attainment.caption.overall",
                year.getValue() == null ? "" : String.valueOf(year.getValue())));
    }

    private void buildGrid() {
        grid.setId("attainment-grid");
        provinceColumn = grid.addColumn(ProvinceAttainmentRow::provinceName).setKey("province")
                .setHeader(getTranslation("attainment.column.province"))
                .setFlexGrow(2).setWidth("7em");
        parksColumn = grid.addColumn(r -> getTranslation("attainment.parks", r.parksPublished(), r.parksTotal()))
                .setKey("parks")
                .setHeader(getTranslation("attainment.column.parks")).setFlexGrow(0).setWidth("7.5em")
                .setTextAlign(ColumnTextAlign.END);
        figuresColumn = grid.addColumn(r -> getTranslation("attainment.figures", r.met(), r.assessed()))
                .setKey("figures")
                .setHeader(getTranslation("attainment.column.figures")).setFlexGrow(0).setWidth("8em")
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(r -> percent(r.rate())).setKey("rate").setHeader(getTranslation("attainment.column.rate"))
                .setFlexGrow(0)
                .setWidth("5em").setTextAlign(ColumnTextAlign.END);
        missedColumn = grid.addComponentColumn(this::missed).setKey("missed")
                .setHeader(getTranslation("attainment.column.missed")).setFlexGrow(3)
                .setWidth("10em");
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT,
                GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("attainment.empty.grid"));
    }

    /** The indicators most often missed, one per line: name and how many parks missed it; per category under it. */
    private Component missed(ProvinceAttainmentRow row) {
        Div cell = new Div();
        cell.addClassName("attainment-missed");
        if (narrow) {
            Div figures = new Div(getTranslation("attainment.narrowFigures", row.parksPublished(), row.parksTotal(),
                    row.met(), row.assessed()));
            figures.getStyle().set("font-weight", "600");
            cell.add(figures);
        }
        if (row.mostMissed().isEmpty()) {
            cell.add(new Span(getTranslation(row.assessed() == 0 ? "attainment.missed.nothingAssessed"
                    : "attainment.missed.none")));
        }
        for (MissedIndicator m : row.mostMissed()) {
            Div item = new Div(getTranslation("attainment.missedItem", m.name(chinese()), m.parks()));
            cell.add(item);
        }
        Div categories = new Div(row.categories().stream()
                .map(c -> getTranslation("attainment.categoryItem", c.name(chinese()), percent(c.rate())))
                .collect(Collectors.joining(getTranslation("attainment.summarySeparator"))));
        categories.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size",
                "var(--lumo-font-size-xs)");
        cell.add(categories);
        return cell;
    }

    private String percent(BigDecimal rate) {
        return rate == null ? getTranslation("attainment.rate.none") : getTranslation("attainment.percent",
                rate.toPlainString());
    }

    private boolean chinese() {
        return getLocale() == null || !TranslationProvider.ENGLISH.getLanguage().equals(getLocale().getLanguage());
    }

    @Override
    protected void onAttach(AttachEvent event) {
        // A phone leaves out the parks and met/assessed columns (the last column says them); a resize brings them back.
        event.getUI().getPage().retrieveExtendedClientDetails(d -> fit(d.getWindowInnerWidth()));
        resize = event.getUI().getPage().addBrowserWindowResizeListener(e -> fit(e.getWidth()));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (resize != null) {
            resize.remove();
            resize = null;
        }
    }

    void fit(int windowWidth) {
        boolean nowNarrow = windowWidth > 0 && windowWidth < NARROW;
        if (nowNarrow != narrow) {
            narrow = nowNarrow;
            figuresColumn.setVisible(!narrow);
            parksColumn.setVisible(!narrow);
            // Three columns in a phone's width: the province's name wraps rather than pushing 最常未达标 out.
            provinceColumn.setWidth(narrow ? "4.5em" : "7em");
            missedColumn.setWidth(narrow ? "8em" : "10em");
            grid.getDataProvider().refreshAll();
        }
    }
}
