package ecopark.rectification.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import ecopark.base.ui.component.ChartOption;
import ecopark.base.ui.component.EChart;
import ecopark.rectification.domain.RectificationSource;
import ecopark.rectification.service.Dashboard;
import ecopark.rectification.service.Dashboard.Figures;
import ecopark.rectification.service.DashboardFilter;
import ecopark.rectification.service.DashboardService;
import ecopark.rectification.service.TaskQueries;
import ecopark.rectification.service.RoundItem;
import ecopark.rectification.service.TaskFilter;
import ecopark.rectification.service.TaskListItem;
import ecopark.rectification.service.TaskState;
import ecopark.security.AppRole;
import ecopark.security.OrganisationDirectory.OrgUnit;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The managers' dashboard for their jurisdiction: open, overdue, due within 30 days, awaiting verification and
 * closed in the year, by source and by park; the progress of each inspection round; the burn-down of open tasks and
 * a bar chart by park; the longest-overdue tasks with whoever answers for them. Every figure leads to the list
 * behind it.
 */
@Route("rectification/dashboard")
@Menu(order = 4, title = "nav.rectificationDashboard", icon = "vaadin:chart")
@RolesAllowed({AppRole.MANAGER_NAME, AppRole.ADMIN_NAME})
public class RectificationDashboardView extends VerticalLayout implements HasDynamicTitle {

    /** The bar chart shows the parks with most overdue, then most open tasks. */
    static final int PARKS_IN_CHART = 15;

    private static final String RED = "#c62828";
    private static final String AMBER = "#ef8f00";
    private static final String GREEN = "#2e7d32";
    private static final String BLUE = "#1565c0";

    private final DashboardService dashboards;
    private final IntegerField year = new IntegerField();
    private final Select<RectificationSource> source = new Select<>();
    private final ComboBox<RoundItem> round = new ComboBox<>();
    private final ComboBox<OrgUnit> park = new ComboBox<>();
    private final Div content = new Div();
    private final EChart burnDown = new EChart();
    private final EChart byParkChart = new EChart();
    private Dashboard dashboard;

    public RectificationDashboardView(DashboardService dashboards, TaskQueries registry, Clock clock) {
        this.dashboards = dashboards;
        addClassName("rectification-dashboard");
        setWidthFull();

        year.setId("dashboard-year");
        year.setLabel(getTranslation("rectification.dashboard.year"));
        year.setValue(LocalDate.now(clock).getYear());
        year.setMin(2000);
        year.setMax(LocalDate.now(clock).getYear() + 1);
        year.setStepButtonsVisible(true);
        source.setId("dashboard-source");
        source.setLabel(getTranslation("rectification.field.source"));
        source.setItems(RectificationSource.values());
        source.setEmptySelectionAllowed(true);
        source.setEmptySelectionCaption(getTranslation("rectification.filter.allSources"));
        source.setItemLabelGenerator(s -> s == null ? getTranslation("rectification.filter.allSources")
                : getTranslation(s.labelKey()));
        round.setId("dashboard-round");
        round.setLabel(getTranslation("rectification.field.round"));
        round.setItems(registry.rounds());
        round.setItemLabelGenerator(RoundItem::name);
        round.setClearButtonVisible(true);
        round.setPlaceholder(getTranslation("rectification.filter.allRounds"));
        round.setWidth("18em");
        park.setId("dashboard-park");
        park.setLabel(getTranslation("rectification.field.park"));
        park.setItems(registry.parks());
        park.setItemLabelGenerator(OrgUnit::name);
        park.setClearButtonVisible(true);
        park.setPlaceholder(getTranslation("rectification.filter.allParks"));
        year.addValueChangeListener(e -> refresh());
        source.addValueChangeListener(e -> refresh());
        round.addValueChangeListener(e -> refresh());
        park.addValueChangeListener(e -> refresh());
        FlexLayout filters = new FlexLayout(year, source, round, park);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.addClassName("filter-bar");

        burnDown.setId("burn-down");
        burnDown.setAriaLabel(getTranslation("rectification.dashboard.burnDown"));
        byParkChart.setId("by-park-chart");
        byParkChart.setAriaLabel(getTranslation("rectification.dashboard.byParkChart"));
        byParkChart.addItemClickListener(e -> openPark(e.dataIndex(), e.seriesName()));

        content.addClassName("dashboard-content");
        // As wide as the page, not as its widest content: two charts side by side must fold on a phone.
        content.setWidthFull();
        add(filters, content);
        refresh();
    }

    Dashboard dashboard() {
        return dashboard;
    }

    private DashboardFilter filter() {
        return new DashboardFilter(year.getValue(), source.getValue(), round.getValue() == null ? null : round.getValue().id(),
                park.getValue() == null ? null : park.getValue().id());
    }

    private void refresh() {
        if (year.getValue() == null || year.isInvalid()) {
            return;
        }
        dashboard = dashboards.dashboard(filter());
        content.removeAll();
        content.add(cards(), section("by-source", "rectification.dashboard.bySource", bySource()),
                section("rounds", "rectification.dashboard.rounds", rounds()), charts(),
                section("by-park", "rectification.dashboard.byPark", byPark()),
                section("longest-overdue", "rectification.dashboard.longestOverdue", longestOverdue()));
    }

    // ------------------------------------------------------------------ figures

    private Component cards() {
        Figures t = dashboard.totals();
        int y = dashboard.filter().year();
        FlexLayout cards = new FlexLayout(
                card("open", "rectification.dashboard.open", t.open(), base().withState(TaskState.OPEN)),
                card("overdue", "rectification.dashboard.overdue", t.overdue(), base().withState(TaskState.OVERDUE)),
                card("due-soon", "rectification.dashboard.dueSoon", t.dueSoon(),
                        base().withState(TaskState.DUE_SOON)),
                card("awaiting", "rectification.dashboard.awaiting", t.awaiting(),
                        base().withState(TaskState.AWAITING_VERIFICATION)),
                card("closed-in-year", getTranslation("rectification.dashboard.closedInYear", y), t.closedInYear(),
                        base().withState(TaskState.CLOSED).withClosedInYear(y)));
        cards.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        cards.addClassName("figure-cards");
        return cards;
    }

    private Component card(String kind, String labelKeyOrText, long value, TaskFilter target) {
        Span number = new Span(String.valueOf(value));
        number.addClassName("figure-value");
        Span label = new Span(labelKeyOrText.startsWith("rectification.") ? getTranslation(labelKeyOrText)
                : labelKeyOrText);
        label.addClassName("figure-label");
        RouterLink link = new RouterLink(RectificationListView.class);
        link.setQueryParameters(RectificationListView.query(target));
        link.add(number, label);
        link.addClassNames("figure-card", "figure-" + kind);
        link.setId("figure-" + kind);
        return link;
    }

    private Component bySource() {
        Grid<Dashboard.SourceFigures> grid = figuresGrid(Dashboard.SourceFigures::figures,
                s -> getTranslation(s.source().labelKey()), "rectification.field.source");
        grid.setId("source-grid");
        grid.setItems(dashboard.bySource());
        grid.addItemClickListener(e -> openList(base().withSource(e.getItem().source()).withState(TaskState.OPEN)));
        return grid;
    }

    private Component rounds() {
        Grid<Dashboard.RoundProgress> grid = new Grid<>();
        grid.setId("round-grid");
        grid.addColumn(Dashboard.RoundProgress::name).setHeader(getTranslation("rectification.field.round"))
                .setFlexGrow(3);
        grid.addColumn(r -> getTranslation(r.source().labelKey()))
                .setHeader(getTranslation("rectification.field.source")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> getTranslation("rectification.dashboard.roundSummary", r.figures().total(),
                r.figures().closed(), r.figures().open())).setHeader(getTranslation("rectification.dashboard.progress"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(r -> {
            ProgressBar bar = new ProgressBar(0, Math.max(1, r.figures().total()), r.figures().closed());
            bar.setWidth("8em");
            return bar;
        }).setWidth("10em").setFlexGrow(0);
        grid.addColumn(r -> r.figures().overdue()).setHeader(getTranslation("rectification.dashboard.overdue"))
                .setWidth("7em").setFlexGrow(0);
        grid.setItems(dashboard.rounds());
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("rectification.dashboard.noRounds"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addItemClickListener(e -> openList(base().withRound(e.getItem().roundId())));
        return grid;
    }

    private Component byPark() {
        Grid<Dashboard.ParkFigures> grid = figuresGrid(Dashboard.ParkFigures::figures, Dashboard.ParkFigures::parkName,
                "rectification.field.park");
        grid.setId("park-grid");
        grid.setItems(dashboard.byPark());
        grid.setAllRowsVisible(dashboard.byPark().size() <= 20);
        if (dashboard.byPark().size() > 20) {
            grid.setHeight("28em");
        }
        grid.addItemClickListener(e -> openList(base().withPark(e.getItem().parkId()).withState(TaskState.OPEN)));
        return grid;
    }

    private <T> Grid<T> figuresGrid(java.util.function.Function<T, Figures> figures,
            java.util.function.Function<T, String> name, String nameKey) {
        Grid<T> grid = new Grid<>();
        grid.addColumn(name::apply).setHeader(getTranslation(nameKey)).setFlexGrow(3);
        grid.addColumn(t -> figures.apply(t).total()).setHeader(getTranslation("rectification.dashboard.total"));
        grid.addColumn(t -> figures.apply(t).open()).setHeader(getTranslation("rectification.dashboard.open"));
        grid.addColumn(t -> figures.apply(t).overdue()).setHeader(getTranslation("rectification.dashboard.overdue"))
                .setClassNameGenerator(t -> figures.apply(t).overdue() > 0 ? "late" : null);
        grid.addColumn(t -> figures.apply(t).dueSoon()).setHeader(getTranslation("rectification.dashboard.dueSoon"));
        grid.addColumn(t -> figures.apply(t).awaiting()).setHeader(getTranslation("rectification.dashboard.awaiting"));
        grid.addColumn(t -> figures.apply(t).closedInYear())
                .setHeader(getTranslation("rectification.dashboard.closedInYear", dashboard.filter().year()));
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setEmptyStateText(getTranslation("rectification.empty"));
        return grid;
    }

    private Component longestOverdue() {
        Grid<TaskListItem> grid = new Grid<>();
        grid.setId("overdue-grid");
        grid.addColumn(TaskListItem::title).setHeader(getTranslation("rectification.field.title")).setFlexGrow(3);
        grid.addColumn(TaskListItem::parkName).setHeader(getTranslation("rectification.field.park")).setFlexGrow(2);
        grid.addColumn(t -> t.responsibleUnit() + " · " + t.responsiblePerson())
                .setHeader(getTranslation("rectification.field.responsible")).setFlexGrow(2);
        grid.addColumn(t -> RectificationFormats.date(t.deadline()))
                .setHeader(getTranslation("rectification.field.deadline")).setWidth("8em").setFlexGrow(0);
        grid.addColumn(t -> getTranslation("rectification.dashboard.daysLate",
                ChronoUnit.DAYS.between(t.deadline(), dashboard.today())))
                .setHeader(getTranslation("rectification.dashboard.late")).setWidth("8em").setFlexGrow(0);
        grid.setItems(dashboard.longestOverdue());
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("rectification.dashboard.noneOverdue"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(RectificationTaskView.class,
                new RouteParameters("taskId", String.valueOf(e.getItem().id())))));
        return grid;
    }

    // ------------------------------------------------------------------ charts

    private Component charts() {
        burnDown.setOption(burnDownOption());
        byParkChart.setOption(byParkOption());
        Div left = new Div(new H3(getTranslation("rectification.dashboard.burnDown")), burnDown);
        left.addClassName("chart-box");
        Div right = new Div(new H3(getTranslation("rectification.dashboard.byParkChart")), byParkChart);
        right.addClassName("chart-box");
        FlexLayout charts = new FlexLayout(left, right);
        charts.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        charts.addClassName("chart-row");
        return charts;
    }

    /** Open tasks at the end of each month (line) and tasks closed in it (bars). */
    ChartOption burnDownOption() {
        List<Dashboard.BurnDownPoint> points = dashboard.burnDown();
        String open = getTranslation("rectification.dashboard.series.openAtEnd");
        String closed = getTranslation("rectification.dashboard.series.closedInMonth");
        return new ChartOption(null, ChartOption.Tooltip.AXIS, ChartOption.Legend.bottom(List.of(open, closed)),
                ChartOption.Grid.COMPACT,
                ChartOption.Axis.category(points.stream().map(p -> p.month().toString()).toList()),
                ChartOption.Axis.count(null),
                List.of(ChartOption.Series.line(open, points.stream().map(Dashboard.BurnDownPoint::openAtEnd).toList(),
                                BLUE, true),
                        ChartOption.Series.bar(closed, points.stream().map(Dashboard.BurnDownPoint::closed).toList(),
                                null, GREEN)),
                null);
    }

    /** Per park: overdue, open but not late, and closed in the dashboard's year, stacked. */
    ChartOption byParkOption() {
        List<Dashboard.ParkFigures> parks = chartParks();
        String overdue = getTranslation("rectification.dashboard.series.overdue");
        String open = getTranslation("rectification.dashboard.series.openNotLate");
        String closed = closedInYearSeries();
        return new ChartOption(null, ChartOption.Tooltip.AXIS, ChartOption.Legend.bottom(List.of(overdue, open, closed)),
                ChartOption.Grid.COMPACT,
                ChartOption.Axis.category(parks.stream().map(Dashboard.ParkFigures::parkName).toList(),
                        new ChartOption.AxisLabel(0, parks.size() > 5 ? 30 : 0, 120, "truncate")),
                ChartOption.Axis.count(null),
                List.of(ChartOption.Series.bar(overdue, parks.stream().map(p -> p.figures().overdue()).toList(),
                                "tasks", RED),
                        ChartOption.Series.bar(open, parks.stream()
                                .map(p -> p.figures().open() - p.figures().overdue()).toList(), "tasks", AMBER),
                        ChartOption.Series.bar(closed, parks.stream().map(p -> p.figures().closedInYear()).toList(),
                                "tasks", GREEN)),
                null);
    }

    private List<Dashboard.ParkFigures> chartParks() {
        List<Dashboard.ParkFigures> parks = dashboard.byPark();
        return parks.size() <= PARKS_IN_CHART ? parks : parks.subList(0, PARKS_IN_CHART);
    }

    /** A bar of the park chart leads to that park's tasks in the state of the bar's series. */
    void openPark(int index, String series) {
        List<Dashboard.ParkFigures> parks = chartParks();
        if (index < 0 || index >= parks.size()) {
            return;
        }
        TaskFilter park = base().withPark(parks.get(index).parkId());
        if (series.equals(getTranslation("rectification.dashboard.series.overdue"))) {
            openList(park.withState(TaskState.OVERDUE));
        } else if (series.equals(closedInYearSeries())) {
            openList(park.withState(TaskState.CLOSED).withClosedInYear(dashboard.filter().year()));
        } else {
            openList(park.withState(TaskState.OPEN));
        }
    }

    private String closedInYearSeries() {
        return getTranslation("rectification.dashboard.closedInYear", dashboard.filter().year());
    }

    // ------------------------------------------------------------------ navigation

    /** The list filter matching the dashboard's own filter. */
    private TaskFilter base() {
        DashboardFilter f = dashboard.filter();
        return new TaskFilter(f.parkId(), f.source(), f.roundId(), TaskState.ALL, null, null);
    }

    private void openList(TaskFilter filter) {
        getUI().ifPresent(ui -> ui.navigate("rectification", RectificationListView.query(filter)));
    }

    private Div section(String id, String titleKey, Component body) {
        Div section = new Div(new H3(getTranslation(titleKey)), body);
        section.addClassName("dashboard-section");
        section.setId(id);
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.rectificationDashboard");
    }
}
