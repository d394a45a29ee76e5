package ecopark.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import ecopark.report.service.ReportProgress;
import ecopark.base.ui.component.CountTiles;
import ecopark.base.ui.component.PersonName;
import ecopark.review.service.OverviewRow;
import ecopark.review.service.ReviewOverview;
import ecopark.review.service.ReviewCopies;
import ecopark.security.AppRole;
import ecopark.security.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * The managers' overview of their bureau's reports: how many are at each stage (a card per stage, which filters the
 * list), and every report with its status, stage, who holds the review step, since when and by when, late in red.
 * Managers also find here what colleagues copied to them ({@code review/overview/copies}).
 */
@Route("review/overview")
@Menu(order = 3, title = "nav.overview", icon = "vaadin:dashboard")
@RolesAllowed({AppRole.MANAGER_NAME, AppRole.ADMIN_NAME})
public class ReviewOverviewView extends VerticalLayout implements HasDynamicTitle, HasUrlParameter<String> {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("year"), Sort.Order.asc("parkName"),
            Sort.Order.asc("id"));

    private final ReviewOverview overview;
    private final Clock clock;
    private final Grid<OverviewRow> grid = new Grid<>();
    private final CountTiles<ReportProgress> counts = new CountTiles<>("stage-count", this::select);
    private final Tabs tabs;
    private final Tab reportsTab = new Tab();
    private final Tab copiesTab = new Tab();
    private CopiesGrid copies;
    private ReportProgress selected;

    public ReviewOverviewView(ReviewOverview overview, ReviewCopies review, CurrentUser currentUser, Clock clock) {
        this.overview = overview;
        this.clock = clock;
        addClassName("review-overview");
        setSizeFull();
        add(new H2(getTranslation("overview.title")));
        reportsTab.setLabel(getTranslation("overview.tab.reports"));
        copiesTab.setLabel(getTranslation("inbox.tab.copies"));
        copiesTab.setId("tab-copies");
        tabs = new Tabs(reportsTab, copiesTab);
        // Administrators belong to no bureau, so nothing is ever copied to them.
        boolean receivesCopies = currentUser.require().is(AppRole.MANAGER);
        copiesTab.setVisible(receivesCopies);
        if (receivesCopies) {
            copies = new CopiesGrid(review, clock.getZone());
            copies.setVisible(false);
        }
        tabs.addSelectedChangeListener(e -> show(e.getSelectedTab()));
        configureGrid();
        add(tabs, counts, grid);
        if (copies != null) {
            add(copies);
        }
        refreshCounts();
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String tab) {
        if (InboxView.COPIES.equals(tab) && copies != null) {
            tabs.setSelectedTab(copiesTab);
        }
    }

    private void show(Tab tab) {
        boolean reports = tab == reportsTab;
        counts.setVisible(reports);
        grid.setVisible(reports);
        if (copies != null) {
            copies.setVisible(!reports);
            if (!reports) {
                copies.getDataProvider().refreshAll();
            }
        }
    }

    private void refreshCounts() {
        Map<ReportProgress, Long> byStage = overview.counts();
        Map<ReportProgress, Long> inOrder = new LinkedHashMap<>();
        for (ReportProgress p : ReportProgress.values()) {
            inOrder.put(p, byStage.getOrDefault(p, 0L));
        }
        counts.show(getTranslation("overview.all"), byStage.values().stream().mapToLong(Long::longValue).sum(),
                inOrder, p -> getTranslation(p.labelKey()));
        counts.select(selected);
    }

    /** Shows only the reports at one stage (null: all). */
    void select(ReportProgress progress) {
        selected = progress;
        counts.select(progress);
        grid.getDataProvider().refreshAll();
    }

    private void configureGrid() {
        grid.setId("overview-reports");
        grid.addColumn(OverviewRow::parkName).setHeader(getTranslation("inbox.park")).setFlexGrow(3)
                .setSortProperty("parkName");
        grid.addColumn(OverviewRow::year).setHeader(getTranslation("inbox.year")).setWidth("7em").setFlexGrow(0)
                .setSortProperty("year");
        grid.addColumn(r -> getTranslation(r.status().labelKey())).setHeader(getTranslation("overview.status"))
                .setSortProperty("status");
        grid.addColumn(r -> r.stage() == null ? getTranslation(r.progress().labelKey())
                : r.stageBureau() == null ? getTranslation(r.stage().labelKey())
                : getTranslation("review.stageAt", r.stageBureau(), getTranslation(r.stage().labelKey())))
                .setHeader(getTranslation("overview.stage"));
        grid.addColumn(r -> r.holderName() != null ? PersonName.of(null, r.holderName())
                : r.waiting() ? getTranslation("inbox.unclaimed") : "")
                .setHeader(getTranslation("inbox.assignee"));
        grid.addColumn(r -> format(r.since())).setHeader(getTranslation("overview.since"));
        grid.addComponentColumn(this::dueCell).setHeader(getTranslation("inbox.due")).setKey("due");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("overview.empty"));
        grid.setItems(query -> {
            PageRequest page = VaadinSpringDataHelpers.toSpringPageRequest(query);
            return overview.rows(selected, page.getSort().isSorted() ? page : page.withSort(NEWEST_FIRST)).stream();
        });
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("report/" + e.getItem().reportId())));
    }

    private Component dueCell(OverviewRow row) {
        Span due = new Span(format(row.due()));
        if (row.overdue()) {
            due.addClassName("overdue");
            due.getElement().setAttribute("title", getTranslation("inbox.overdue"));
            due.setText(due.getText() + " " + getTranslation("inbox.overdue"));
        }
        return due;
    }

    private String format(Instant instant) {
        return instant == null ? "" : WHEN.format(instant.atZone(clock.getZone()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.overview");
    }
}
