package ecopark.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import ecopark.base.domain.BusinessRuleException;
import ecopark.base.ui.component.PersonName;
import ecopark.review.domain.ReviewStage;
import ecopark.review.service.InboxFilter;
import ecopark.review.service.InboxFilter.InboxSort;
import ecopark.review.service.ReviewDoneItem;
import ecopark.review.service.ReviewCopies;
import ecopark.review.service.ReviewRecords;
import ecopark.review.service.ReviewService;
import ecopark.review.service.ReviewTaskItem;
import ecopark.security.AppRole;
import ecopark.security.CurrentUser;
import ecopark.security.OrganisationDirectory.OrgUnit;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.springframework.data.domain.Sort;

/**
 * The reviewer's inbox: the review tasks of their jurisdiction (待办), the ones they hold (我的), what they have
 * handled (已办) and what colleagues copied to them (抄送我的); narrowed by stage, park and year and ordered as chosen,
 * paged in the database, late tasks in red. {@code inbox/copies} opens the copies.
 */
@Route("inbox")
@Menu(order = 2, title = "nav.inbox", icon = "vaadin:inbox")
@RolesAllowed(AppRole.REVIEWER_NAME)
public class InboxView extends VerticalLayout implements HasDynamicTitle, HasUrlParameter<String> {

    static final String COPIES = "copies";
    static final String DONE = "done";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ReviewService review;
    private final ReviewRecords records;
    private final String me;
    private final Clock clock;
    private final Grid<ReviewTaskItem> tasks = new Grid<>();
    private final Grid<ReviewDoneItem> done = new Grid<>();
    private final CopiesGrid copies;
    private final Select<ReviewStage> stage = new Select<>();
    private final Select<OrgUnit> park = new Select<>();
    private final IntegerField year = new IntegerField();
    private final Select<InboxSort> sort = new Select<>();
    private final HorizontalLayout filters = new HorizontalLayout();
    private final Tabs tabs;
    private final Tab all = new Tab();
    private final Tab mine = new Tab();
    private final Tab handled = new Tab();
    private final Tab copied = new Tab();

    public InboxView(ReviewService review, ReviewRecords records, ReviewCopies copyService, CurrentUser currentUser, Clock clock) {
        this.review = review;
        this.records = records;
        this.me = currentUser.require().username();
        this.clock = clock;
        this.copies = new CopiesGrid(copyService, clock.getZone());
        addClassName("inbox");
        setSizeFull();

        all.setLabel(getTranslation("inbox.tab.all"));
        mine.setLabel(getTranslation("inbox.tab.mine"));
        handled.setLabel(getTranslation("inbox.tab.done"));
        copied.setId("tab-copies");
        long unread = copyService.unread();
        copied.setLabel(unread == 0 ? getTranslation("inbox.tab.copies")
                : getTranslation("inbox.tab.copiesUnread", unread));
        tabs = new Tabs(all, mine, handled, copied);
        // Four tabs do not fit a phone's width: they wrap onto a second line (the theme's .wrapping-tabs) instead of
        // scrolling the fourth out of sight.
        tabs.addClassName("wrapping-tabs");
        tabs.setWidthFull();
        tabs.addSelectedChangeListener(e -> show(e.getSelectedTab()));

        configureFilters();
        configureTasks();
        configureDone();
        add(tabs, filters, tasks, done, copies);
        show(all);
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String tab) {
        if (COPIES.equals(tab)) {
            tabs.setSelectedTab(copied);
        } else if (DONE.equals(tab)) {
            tabs.setSelectedTab(handled);
        }
    }

    private void configureFilters() {
        stage.setId("filter-stage");
        stage.setLabel(getTranslation("inbox.stage"));
        stage.setItems(ReviewStage.values());
        stage.setItemLabelGenerator(s -> s == null ? getTranslation("inbox.stage.any") : getTranslation(s.labelKey()));
        stage.setEmptySelectionAllowed(true);
        stage.setEmptySelectionCaption(getTranslation("inbox.stage.any"));

        park.setId("filter-park");
        park.setLabel(getTranslation("inbox.park"));
        park.setItems(review.parkChoices());
        park.setItemLabelGenerator(p -> p == null ? getTranslation("inbox.park.any") : p.name());
        park.setEmptySelectionAllowed(true);
        park.setEmptySelectionCaption(getTranslation("inbox.park.any"));

        year.setId("filter-year");
        year.setLabel(getTranslation("inbox.year"));
        year.setPlaceholder(getTranslation("inbox.year.any"));
        year.setClearButtonVisible(true);
        year.setMin(2000);
        year.setMax(2999);
        year.setWidth("9em");

        sort.setId("filter-sort");
        sort.setLabel(getTranslation("inbox.sort"));
        sort.setItems(InboxSort.values());
        sort.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        sort.setValue(InboxSort.DUE_FIRST);

        stage.addValueChangeListener(e -> tasks.getDataProvider().refreshAll());
        park.addValueChangeListener(e -> tasks.getDataProvider().refreshAll());
        year.addValueChangeListener(e -> tasks.getDataProvider().refreshAll());
        sort.addValueChangeListener(e -> tasks.getDataProvider().refreshAll());
        filters.add(stage, park, year, sort);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.addClassName("inbox-filters");
        filters.setWrap(true);
    }

    private InboxFilter filter() {
        Integer chosenYear = year.isInvalid() ? null : year.getValue();
        return new InboxFilter(stage.getValue(), park.getValue() == null ? null : park.getValue().id(), chosenYear,
                mine.isSelected(), sort.getValue());
    }

    /**
     * Column widths add up to less than the grid's width beside the navigation at 1400 pixels, so nothing scrolls
     * sideways; long texts wrap inside their cell instead of being cut, and the action buttons wrap onto a second
     * line when a language needs more room (English), never past the cell's edge.
     */
    private void configureTasks() {
        tasks.setId("inbox-tasks");
        tasks.addColumn(ReviewTaskItem::parkName).setHeader(getTranslation("inbox.park")).setWidth("8.5em")
                .setFlexGrow(2);
        tasks.addColumn(ReviewTaskItem::year).setHeader(getTranslation("inbox.year")).setFlexGrow(0).setWidth("5em");
        tasks.addColumn(t -> getTranslation("inbox.revision", t.revisionNumber()))
                .setHeader(getTranslation("inbox.revisionHeader")).setFlexGrow(0).setWidth("6.5em");
        tasks.addColumn(t -> stageAt(t.stageBureau(), t.stage())).setHeader(getTranslation("inbox.stage"))
                .setWidth("8em").setFlexGrow(0);
        tasks.addColumn(t -> format(t.submittedAt())).setHeader(getTranslation("inbox.submittedAt"))
                .setWidth("7.5em").setFlexGrow(0);
        tasks.addComponentColumn(this::dueCell).setHeader(getTranslation("inbox.due")).setWidth("7.5em")
                .setFlexGrow(0);
        PersonName.addColumn(tasks, ReviewTaskItem::assignee, ReviewTaskItem::assigneeName, me,
                getTranslation("inbox.unclaimed")).setHeader(getTranslation("inbox.assignee")).setKey("assignee")
                .setWidth("7em").setFlexGrow(1);
        tasks.addComponentColumn(this::actions).setHeader(getTranslation("inbox.actions")).setKey("actions")
                .setWidth("16em").setFlexGrow(0);
        tasks.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        tasks.setEmptyStateText(getTranslation("inbox.empty"));
        tasks.setItems(query -> review.inbox(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
    }

    private void configureDone() {
        done.setId("inbox-done");
        done.addColumn(ReviewDoneItem::parkName).setHeader(getTranslation("inbox.park")).setFlexGrow(3);
        done.addColumn(ReviewDoneItem::year).setHeader(getTranslation("inbox.year"));
        done.addColumn(d -> getTranslation("inbox.revision", d.revisionNumber()))
                .setHeader(getTranslation("inbox.revisionHeader"));
        done.addColumn(d -> stageAt(d.stageBureau(), d.stage())).setHeader(getTranslation("inbox.stage"));
        done.addColumn(d -> getTranslation("inbox.decision." + d.outcome().name()))
                .setHeader(getTranslation("inbox.decision"));
        done.addColumn(d -> format(d.decidedAt())).setHeader(getTranslation("inbox.decidedAt"));
        done.addComponentColumn(this::viewDecision).setHeader(getTranslation("inbox.actions")).setKey("view")
                .setAutoWidth(true).setFlexGrow(0);
        done.addItemClickListener(e -> openDecision(e.getItem()));
        done.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        done.setEmptyStateText(getTranslation("inbox.done.empty"));
        done.setItems(query -> records.done(VaadinSpringDataHelpers.toSpringPageRequest(query)
                .withSort(Sort.by(Sort.Order.desc("decidedAt"), Sort.Order.desc("id")))).stream());
    }

    private void show(Tab tab) {
        boolean isTasks = tab == all || tab == mine;
        done.setVisible(tab == handled);
        copies.setVisible(tab == copied);
        tasks.setVisible(isTasks);
        filters.setVisible(isTasks);
        if (tab == handled) {
            done.getDataProvider().refreshAll();
        } else if (tab == copied) {
            copies.getDataProvider().refreshAll();
        } else {
            tasks.getDataProvider().refreshAll();
        }
    }

    private Component dueCell(ReviewTaskItem t) {
        Span due = new Span(t.dueAt() == null ? "" : format(t.dueAt()));
        if (t.overdue()) {
            due.addClassName("overdue");
            due.getElement().setAttribute("title", getTranslation("inbox.overdue"));
        }
        return due;
    }

    private Component viewDecision(ReviewDoneItem item) {
        Button view = new Button(getTranslation("reviewfinish.inbox.view"), e -> openDecision(item));
        view.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        view.addClassName("view-decision");
        return view;
    }

    private void openDecision(ReviewDoneItem item) {
        getUI().ifPresent(ui -> ui.navigate(DecisionView.class, item.decisionId()));
    }

    private Component actions(ReviewTaskItem t) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.addClassName("inbox-actions");
        actions.setSpacing(false);
        actions.getStyle().set("flex-wrap", "wrap").set("gap", "var(--lumo-space-xs)");
        if (t.assignee() == null && !t.mayTake()) {
            Span fourEyes = new Span(getTranslation("inbox.fourEyes"));
            fourEyes.addClassName("four-eyes");
            actions.add(fourEyes);
        } else if (t.assignee() == null) {
            Button claim = new Button(getTranslation("inbox.claim"), e -> act(() -> review.claim(t.taskId())));
            claim.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            actions.add(claim);
        } else if (t.assignee().equals(me)) {
            Button open = new Button(getTranslation("inbox.open"),
                    e -> getUI().ifPresent(ui -> ui.navigate(ReviewView.class, t.taskId())));
            open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            Button handOver = new Button(getTranslation("review.handOver"), e -> new HandOverDialog(review,
                    t.taskId(), () -> {
                        Notification.show(getTranslation("review.handOver.done"), 4000,
                                Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                        tasks.getDataProvider().refreshAll();
                    }).open());
            handOver.addClassName("hand-over");
            handOver.addThemeVariants(ButtonVariant.LUMO_SMALL);
            Button unclaim = new Button(getTranslation("inbox.unclaim"), e -> act(() -> review.unclaim(t.taskId())));
            unclaim.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            unclaim.addClassName("unclaim");
            actions.add(open, handOver, unclaim);
        }
        return actions;
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (BusinessRuleException e) {
            Notification.show(getTranslation(e.messageKey(), e.args()), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        tasks.getDataProvider().refreshAll();
    }

    private String format(Instant instant) {
        return WHEN.format(instant.atZone(clock.getZone()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.inbox");
    }

    /** A stage with the level that decides it: 长春市生态环境局 预审. */
    private String stageAt(String bureau, ReviewStage stage) {
        String label = getTranslation(stage.labelKey());
        return bureau == null ? label : getTranslation("review.stageAt", bureau, label);
    }
}
