package ecopark.rectification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import ecopark.rectification.domain.RectificationSource;
import ecopark.rectification.service.RegistryActions;
import ecopark.rectification.service.TaskCommands;
import ecopark.rectification.service.TaskQueries;
import ecopark.rectification.service.RectificationSpreadsheets;
import ecopark.rectification.service.RoundItem;
import ecopark.rectification.service.TaskFilter;
import ecopark.rectification.service.TaskListItem;
import ecopark.rectification.service.TaskState;
import ecopark.security.OrganisationDirectory.OrgUnit;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * The registry of rectification tasks (整改台账) the user may see: their park's for staff, their jurisdiction's for
 * managers, opening on the tasks not closed yet, earliest deadline first. Filters by park, source, round, state and text live in the address, so the dashboard links here and
 * "back" from a task returns to the same list. Staff register their park's own findings and batches, managers hand
 * tasks and rounds down and import a round's tasks from a spreadsheet, as the registry answers
 * ({@link RegistryActions}); everyone exports what the filter shows; administrators read.
 */
@Route("rectification")
@Menu(order = 3, title = "nav.rectification", icon = "vaadin:tasks")
@PermitAll
public class RectificationListView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    /**
     * The list opens on what needs doing: tasks not closed yet, the earliest deadline first. Any other state, 全部
     * included, is written in the address ({@code state=ALL}), so links keep showing what they showed.
     */
    static final TaskState DEFAULT_STATE = TaskState.OPEN;
    private static final Sort EARLIEST_DEADLINE_FIRST = Sort.by(Sort.Order.asc("deadline"), Sort.Order.asc("id"));

    private final TaskQueries registry;
    private final TaskCommands commands;
    private final RectificationSpreadsheets spreadsheets;
    private final RegistryActions may;
    private final Clock clock;
    private final Grid<TaskListItem> grid = new Grid<>();
    private final ComboBox<OrgUnit> park = new ComboBox<>();
    private final Select<RectificationSource> source = new Select<>();
    private final ComboBox<RoundItem> round = new ComboBox<>();
    private final Select<TaskState> state = new Select<>();
    private final TextField text = new TextField();
    private final Span total = new Span();
    private final Button yearChip = new Button();
    private final List<OrgUnit> parks;
    private List<RoundItem> rounds;
    private Integer closedInYear;
    private boolean applyingLocation;

    public RectificationListView(TaskQueries registry, TaskCommands commands, RectificationSpreadsheets spreadsheets,
            Clock clock) {
        this.registry = registry;
        this.commands = commands;
        this.spreadsheets = spreadsheets;
        this.may = registry.registryActions();
        this.clock = clock;
        this.parks = registry.parks();
        this.rounds = registry.rounds();
        addClassName("rectification-list");
        setSizeFull();

        add(filters(), actions());
        configureGrid();
        add(grid);
        expand(grid);
    }

    private FlexLayout filters() {
        park.setId("filter-park");
        park.setLabel(getTranslation("rectification.field.park"));
        park.setItems(parks);
        park.setItemLabelGenerator(OrgUnit::name);
        park.setClearButtonVisible(true);
        park.setPlaceholder(getTranslation("rectification.filter.allParks"));
        park.setVisible(parks.size() > 1);
        source.setId("filter-source");
        source.setLabel(getTranslation("rectification.field.source"));
        source.setItems(RectificationSource.values());
        source.setEmptySelectionAllowed(true);
        source.setEmptySelectionCaption(getTranslation("rectification.filter.allSources"));
        source.setItemLabelGenerator(s -> s == null ? getTranslation("rectification.filter.allSources")
                : getTranslation(s.labelKey()));
        round.setId("filter-round");
        round.setLabel(getTranslation("rectification.field.round"));
        round.setItems(rounds);
        round.setItemLabelGenerator(RoundItem::name);
        round.setClearButtonVisible(true);
        round.setPlaceholder(getTranslation("rectification.filter.allRounds"));
        round.setWidth("18em");
        state.setId("filter-state");
        state.setLabel(getTranslation("rectification.filter.state"));
        state.setItems(TaskState.values());
        state.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        state.setValue(DEFAULT_STATE);
        text.setId("filter-text");
        text.setLabel(getTranslation("rectification.filter.text"));
        text.setPlaceholder(getTranslation("rectification.filter.textHint"));
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setPrefixComponent(VaadinIcon.SEARCH.create());

        park.addValueChangeListener(e -> filterChanged());
        source.addValueChangeListener(e -> filterChanged());
        round.addValueChangeListener(e -> filterChanged());
        state.addValueChangeListener(e -> filterChanged());
        text.addValueChangeListener(e -> filterChanged());

        yearChip.setId("filter-year");
        yearChip.setIcon(VaadinIcon.CLOSE_SMALL.create());
        yearChip.setIconAfterText(true);
        yearChip.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_CONTRAST);
        yearChip.setVisible(false);
        yearChip.addClickListener(e -> {
            closedInYear = null;
            yearChip.setVisible(false);
            filterChanged();
        });

        FlexLayout bar = new FlexLayout(park, source, round, state, text, yearChip);
        bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.addClassName("filter-bar");
        return bar;
    }

    private HorizontalLayout actions() {
        HorizontalLayout bar = new HorizontalLayout();
        bar.addClassName("list-actions");
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        total.addClassName("list-total");
        total.setId("list-total");
        bar.add(total);
        // What to offer is the registry's answer: the park's own findings for its staff, handing down for managers.
        if (may.register()) {
            boolean ownPark = may.ownPark() != null;
            Button create = new Button(getTranslation("rectification.new"), VaadinIcon.PLUS.create(),
                    e -> TaskFormDialog.create(registry, commands, may.ownPark(), ownPark, LocalDate.now(clock),
                            this::open).open());
            create.setId("new-task");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button newRound = new Button(getTranslation(ownPark ? "rectification.round.newBatch"
                    : "rectification.round.new"), VaadinIcon.FOLDER_ADD.create(),
                    e -> new RoundDialog(commands, may.ownPark(), LocalDate.now(clock), r -> {
                        rounds = registry.rounds();
                        round.setItems(rounds);
                    }).open());
            newRound.setId("new-round");
            Button importButton = new Button(getTranslation("rectification.import.button"),
                    VaadinIcon.UPLOAD.create(), e -> new ImportDialog(spreadsheets, registry.importableRounds(),
                            () -> grid.getDataProvider().refreshAll()).open());
            importButton.setId("import-tasks");
            bar.add(create, newRound, importButton);
        }
        Anchor export = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = spreadsheets.export(filter(), getLocale());
            return new DownloadResponse(new ByteArrayInputStream(bytes),
                    getTranslation("rectification.export.file", LocalDate.now(clock).toString()),
                    ImportDialog.XLSX_TYPE, bytes.length);
        }), AttachmentType.DOWNLOAD, "");
        Button exportButton = new Button(getTranslation("rectification.export"), VaadinIcon.DOWNLOAD.create());
        exportButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        export.add(exportButton);
        export.setId("export-tasks");
        bar.add(export);
        return bar;
    }

    private void configureGrid() {
        grid.setId("task-grid");
        grid.addColumn(TaskListItem::parkName).setHeader(getTranslation("rectification.field.park"))
                .setFlexGrow(2).setVisible(parks.size() > 1);
        grid.addColumn(t -> getTranslation(t.source().labelKey())).setHeader(getTranslation("rectification.field.source"))
                .setSortProperty("source").setFlexGrow(1);
        grid.addColumn(TaskListItem::title).setHeader(getTranslation("rectification.field.title"))
                .setSortProperty("title").setFlexGrow(4);
        grid.addColumn(t -> t.responsibleUnit() + " · " + t.responsiblePerson())
                .setHeader(getTranslation("rectification.field.responsible")).setFlexGrow(2);
        grid.addComponentColumn(t -> TaskBadges.deadline(this, t.deadline(), t.overdue(), t.dueSoon()))
                .setHeader(getTranslation("rectification.field.deadline")).setSortProperty("deadline")
                .setWidth("11em").setFlexGrow(0);
        grid.addComponentColumn(t -> TaskBadges.status(this, t.status()))
                .setHeader(getTranslation("rectification.field.status")).setSortProperty("status").setWidth("9em")
                .setFlexGrow(0);
        grid.addComponentColumn(this::progress).setHeader(getTranslation("rectification.field.progress"))
                .setSortProperty("progressPercent").setWidth("9em").setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("rectification.empty"));
        grid.setItems(query -> {
            PageRequest page = VaadinSpringDataHelpers.toSpringPageRequest(query);
            return registry.find(filter(), page.getSort().isSorted() ? page : page.withSort(EARLIEST_DEADLINE_FIRST))
                    .stream();
        }, query -> (int) Math.min(Integer.MAX_VALUE, registry.count(filter())));
        grid.addItemClickListener(e -> open(e.getItem().id()));
    }

    private Div progress(TaskListItem t) {
        ProgressBar bar = new ProgressBar(0, 100, t.progressPercent());
        bar.setWidth("4em");
        Span value = new Span(t.progressPercent() + "%");
        Div cell = new Div(bar, value);
        cell.addClassName("progress-cell");
        return cell;
    }

    TaskFilter filter() {
        return new TaskFilter(park.getValue() == null ? null : park.getValue().id(), source.getValue(),
                round.getValue() == null ? null : round.getValue().id(), state.getValue(), text.getValue(),
                closedInYear);
    }

    private void filterChanged() {
        if (applyingLocation) {
            return;
        }
        refresh();
        // The address keeps the filter, so a link to it, a reload or "back" from a task shows the same list.
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                new Location("rectification", QueryParameters.simple(queryOf(filter())))));
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        total.setText(getTranslation("rectification.total", registry.count(filter())));
    }

    /** The address of a list with this filter, for links from the dashboard. */
    static QueryParameters query(TaskFilter filter) {
        return QueryParameters.simple(queryOf(filter));
    }

    private static Map<String, String> queryOf(TaskFilter filter) {
        Map<String, String> q = new HashMap<>();
        if (filter.parkId() != null) {
            q.put("park", filter.parkId().toString());
        }
        if (filter.source() != null) {
            q.put("source", filter.source().name());
        }
        if (filter.roundId() != null) {
            q.put("round", filter.roundId().toString());
        }
        if (filter.stateOrAll() != DEFAULT_STATE) {
            q.put("state", filter.stateOrAll().name());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            q.put("q", filter.text());
        }
        if (filter.closedInYear() != null) {
            q.put("year", filter.closedInYear().toString());
        }
        return q;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters q = event.getLocation().getQueryParameters();
        applyingLocation = true;
        try {
            Optional<Long> parkId = number(q, "park");
            park.setValue(parkId.flatMap(id -> parks.stream().filter(p -> p.id() == id).findFirst()).orElse(null));
            source.setValue(q.getSingleParameter("source").flatMap(s -> parse(RectificationSource.class, s))
                    .orElse(null));
            Optional<Long> roundId = number(q, "round");
            round.setValue(roundId.flatMap(id -> rounds.stream().filter(r -> r.id() == id).findFirst()).orElse(null));
            state.setValue(q.getSingleParameter("state").flatMap(s -> parse(TaskState.class, s))
                    .orElse(DEFAULT_STATE));
            text.setValue(q.getSingleParameter("q").orElse(""));
            closedInYear = number(q, "year").map(Long::intValue).orElse(null);
            yearChip.setVisible(closedInYear != null);
            if (closedInYear != null) {
                yearChip.setText(getTranslation("rectification.filter.closedInYear", closedInYear));
            }
        } finally {
            applyingLocation = false;
        }
        refresh();
    }

    private static Optional<Long> number(QueryParameters q, String name) {
        return q.getSingleParameter(name).flatMap(v -> {
            try {
                return Optional.of(Long.parseLong(v));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    private static <E extends Enum<E>> Optional<E> parse(Class<E> type, String value) {
        try {
            return Optional.of(Enum.valueOf(type, value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private void open(long taskId) {
        getUI().ifPresent(ui -> ui.navigate(RectificationTaskView.class,
                new com.vaadin.flow.router.RouteParameters("taskId", String.valueOf(taskId))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.rectification");
    }
}
