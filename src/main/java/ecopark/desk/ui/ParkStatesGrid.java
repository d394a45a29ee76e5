package ecopark.desk.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import ecopark.base.ui.component.StatusBadge;
import ecopark.base.ui.component.CountTiles;
import ecopark.desk.service.ChaseOutcome;
import ecopark.desk.service.ChaseRecord;
import ecopark.desk.service.DeskBoard;
import ecopark.desk.service.DeskRow;
import ecopark.desk.service.DeskState;
import ecopark.desk.service.ParkChases;
import ecopark.desk.service.ParkDesk;
import java.util.Collection;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The parks of a desk and the state of their reports: a count per state (each filters the list), the list with each
 * park's state, submission, lateness and last 催办, a 催办 button per park the user may remind and one for every late
 * park at once. A component of its own so that a national desk can show it in a tab of its own.
 */
public class ParkStatesGrid extends VerticalLayout {

    /** Below this width (px) the list keeps park, state and action, the rest goes under the park's name. */
    static final int NARROW = 700;

    private final ParkDesk desk;
    private final ParkChases chases;
    private final CountTiles<DeskState> counts = new CountTiles<>("desk-count", this::select);
    private final Button chaseAll = new Button();
    private final Grid<DeskRow> grid = new Grid<>();
    private Grid.Column<DeskRow> province;
    private Grid.Column<DeskRow> submitted;
    private Grid.Column<DeskRow> lastChase;
    private DeskBoard board;
    private DeskState selected;
    private boolean narrow;

    public ParkStatesGrid(ParkDesk desk, ParkChases chases) {
        this.desk = desk;
        this.chases = chases;
        addClassName("park-states");
        setPadding(false);
        setSizeFull();
        chaseAll.setId("chase-all");
        chaseAll.setIcon(VaadinIcon.BELL.create());
        chaseAll.addThemeVariants(ButtonVariant.LUMO_ERROR);
        chaseAll.addClickListener(e -> confirmChaseAll());
        HorizontalLayout bar = new HorizontalLayout(counts, chaseAll);
        bar.addClassName("desk-bar");
        bar.setWidthFull();
        bar.setWrap(true);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        bar.expand(counts);
        configureGrid();
        add(bar, grid);
        expand(grid);
    }

    /** Shows the desk of a year (from {@link ParkDesk#board(int)}). */
    public void show(DeskBoard board) {
        this.board = board;
        refreshCounts();
        long late = board.lateToChase().size();
        chaseAll.setText(getTranslation("desk.chaseAll", late));
        chaseAll.setVisible(late > 0);
        province.setVisible(!narrow && board.manyProvinces());
        applyFilter();
    }

    /** Lays the list out for a phone (true) or a wider screen. */
    public void setNarrow(boolean narrow) {
        if (this.narrow == narrow) {
            return;
        }
        this.narrow = narrow;
        submitted.setVisible(!narrow);
        lastChase.setVisible(!narrow);
        province.setVisible(!narrow && board != null && board.manyProvinces());
        grid.getDataProvider().refreshAll();
    }

    /** Shows only the parks in one state (null: all). */
    public void select(DeskState state) {
        selected = state;
        counts.select(state);
        applyFilter();
    }

    Grid<DeskRow> grid() {
        return grid;
    }

    private void applyFilter() {
        grid.setItems(board == null ? List.of()
                : board.rows().stream().filter(r -> selected == null || r.state() == selected).toList());
    }

    private void refreshCounts() {
        Map<DeskState, Long> inOrder = new LinkedHashMap<>();
        for (DeskState s : DeskState.values()) {
            inOrder.put(s, board.counts().getOrDefault(s, 0L));
        }
        counts.show(getTranslation("desk.all"), board.rows().size(), inOrder, s -> getTranslation(s.labelKey()));
        counts.select(selected);
    }

    private void configureGrid() {
        grid.setId("desk-parks");
        grid.addComponentColumn(this::parkCell).setHeader(getTranslation("desk.column.park")).setFlexGrow(3)
                .setKey("park");
        province = grid.addColumn(DeskRow::province).setHeader(getTranslation("desk.column.province"))
                .setAutoWidth(true).setFlexGrow(0).setKey("province");
        grid.addComponentColumn(this::stateCell).setHeader(getTranslation("desk.column.state")).setFlexGrow(2)
                .setKey("state");
        submitted = grid.addComponentColumn(this::submittedCell).setHeader(getTranslation("desk.column.submitted"))
                .setAutoWidth(true).setFlexGrow(0).setKey("submitted");
        // The date stays on one line when the column wraps (a date broken at its hyphen reads as two numbers).
        lastChase = grid.addColumn(LitRenderer.<DeskRow>of(
                        "${item.before}<span class=\"desk-date\">${item.on}</span>${item.after}")
                        .withProperty("before", r -> chasePart(r.lastChase(), 0))
                        .withProperty("on", r -> r.lastChase() == null ? "" : r.lastChase().on().toString())
                        .withProperty("after", r -> chasePart(r.lastChase(), 1)))
                .setHeader(getTranslation("desk.column.chase")).setFlexGrow(2).setKey("chase");
        grid.addComponentColumn(this::chaseButton).setAutoWidth(true).setFlexGrow(0).setKey("action")
                .setTextAlign(ColumnTextAlign.END);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("desk.empty"));
    }

    private Component parkCell(DeskRow row) {
        Div cell = new Div(new Span(row.parkName()));
        cell.addClassName("desk-park");
        if (narrow) {
            // On a phone the hidden columns' facts go under the park's name.
            addDetail(cell, board != null && board.manyProvinces() ? row.province() : null);
            addDetail(cell, row.submittedOn() == null ? null
                    : getTranslation("desk.column.submitted") + " " + row.submittedOn());
            addDetail(cell, row.lastChase() == null ? null : chaseText(row.lastChase()));
        }
        return cell;
    }

    private static void addDetail(Div cell, String text) {
        if (text != null) {
            Span detail = new Span(text);
            detail.addClassName("desk-detail");
            cell.add(detail);
        }
    }

    private Component stateCell(DeskRow row) {
        String text = row.state() == DeskState.IN_REVIEW && row.stageKey() != null
                ? (row.stageBureau() == null ? getTranslation(row.stageKey())
                        : getTranslation("desk.inReview", getTranslation(row.stageKey()), row.stageBureau()))
                : getTranslation(row.state().labelKey());
        Div cell = new Div(new StatusBadge(text, tone(row.state())));
        cell.addClassName("desk-state");
        if (row.late()) {
            StatusBadge late = new StatusBadge(getTranslation("desk.late"), StatusBadge.Tone.ERROR);
            late.addClassName("desk-late");
            cell.add(late);
        }
        return cell;
    }

    private static StatusBadge.Tone tone(DeskState state) {
        return switch (state) {
            case NOT_STARTED, DRAFTING -> StatusBadge.Tone.NEUTRAL;
            case SUBMITTED, IN_REVIEW -> StatusBadge.Tone.INFO;
            case RETURNED -> StatusBadge.Tone.WARNING;
            case APPROVED -> StatusBadge.Tone.SUCCESS;
        };
    }

    private Component submittedCell(DeskRow row) {
        Div cell = new Div();
        if (row.submittedOn() != null) {
            cell.add(new Span(row.submittedOn().toString()));
        }
        if (row.submittedLate()) {
            StatusBadge late = new StatusBadge(getTranslation("desk.submittedLate"), StatusBadge.Tone.WARNING);
            late.addClassName("desk-submitted-late");
            cell.add(late);
        }
        cell.addClassName("desk-submitted");
        return cell;
    }

    /** The translated line's text before (0) or after (1) the date. */
    private String chasePart(ChaseRecord chase, int part) {
        if (chase == null) {
            return "";
        }
        String marker = "\u0000";
        String line = getTranslation("desk.chase.line", chase.jurisdictionName(), chase.chasedByName(), marker);
        int at = line.indexOf(marker);
        return part == 0 ? line.substring(0, at) : line.substring(at + marker.length());
    }

    private String chaseText(ChaseRecord chase) {
        return chase == null ? "" : getTranslation("desk.chase.line", chase.jurisdictionName(), chase.chasedByName(),
                chase.on().toString());
    }

    private Component chaseButton(DeskRow row) {
        if (!row.mayChase()) {
            return new Span();
        }
        if (board.chasedToday(row)) {
            Span done = new Span(getTranslation("desk.chase.doneToday"));
            done.addClassName("desk-detail");
            done.addClassName("desk-date"); // one line: the column was sized for the button it replaces
            return done;
        }
        Button chase = new Button(getTranslation("desk.chase"), VaadinIcon.BELL_O.create(),
                e -> chase(List.of(row)));
        chase.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        chase.addClassName("desk-chase");
        chase.getElement().setAttribute("title", getTranslation("desk.chase.hint"));
        return chase;
    }

    private void confirmChaseAll() {
        List<DeskRow> late = board.lateToChase();
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("chase-all-confirm");
        confirm.setHeader(getTranslation("desk.chaseAll.title"));
        confirm.setText(getTranslation("desk.chaseAll.text", late.size(),
                list(late.stream().map(DeskRow::parkName).toList())));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("desk.chaseAll.cancel"));
        confirm.setConfirmText(getTranslation("desk.chaseAll.confirm"));
        confirm.addConfirmListener(e -> chase(late));
        confirm.open();
    }

    /** Names joined as the language lists them: 甲、乙 or A, B. */
    private String list(List<String> names) {
        return names.stream().reduce((a, b) -> getTranslation("desk.list.join", a, b)).orElse("");
    }

    private void chase(Collection<DeskRow> rows) {
        Map<Long, String> names = rows.stream().collect(Collectors.toMap(DeskRow::parkId, DeskRow::parkName));
        ChaseOutcome outcome = chases.chase(names.keySet(), board.year());
        String text = getTranslation("desk.chased", outcome.chased().size());
        if (!outcome.alreadyToday().isEmpty()) {
            text += " " + getTranslation("desk.chased.skipped", list(outcome.alreadyToday().stream()
                    .map(c -> getTranslation("desk.chased.skippedOne", names.get(c.parkId()), c.jurisdictionName(),
                            c.chasedByName()))
                    .toList()));
        }
        Notification note = Notification.show(text, 6000, Notification.Position.MIDDLE);
        note.addThemeVariants(outcome.chased().isEmpty() ? NotificationVariant.LUMO_CONTRAST
                : NotificationVariant.LUMO_SUCCESS);
        note.setId("chase-outcome");
        show(desk.board(board.year()));
    }
}
