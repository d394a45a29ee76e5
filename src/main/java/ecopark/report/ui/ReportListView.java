package ecopark.report.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import ecopark.base.domain.BusinessRuleException;
import ecopark.report.domain.AnnualReport;
import ecopark.report.service.ParkReminders;
import ecopark.report.service.ReportDeadlines;
import ecopark.report.service.ReportListItem;
import ecopark.report.service.ReportService;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * The annual reports the user may see: their park's for staff, their jurisdiction's for a bureau. Staff open a new
 * report for a year here; a second report for the same year is refused next to the year field.
 */
@Route("reports")
@Menu(order = 1, title = "nav.reports", icon = "vaadin:file-text-o")
@PermitAll
public class ReportListView extends VerticalLayout implements HasDynamicTitle {

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("year"), Sort.Order.asc("parkName"),
            Sort.Order.asc("id"));
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ReportService reports;
    private final Grid<ReportListItem> grid = new Grid<>();
    private final IntegerField year = new IntegerField();

    public ReportListView(ReportService reports, ReportDeadlines deadlines, ParkReminders reminders, Clock clock) {
        this.reports = reports;
        addClassName("report-list");
        setSizeFull();

        int lastYear = LocalDate.now(clock).getYear() - 1;
        reports.parkToDraftFor().ifPresent(parkId -> {
            add(newReportBar(parkId, lastYear));
            // The province's latest 催办 of each report the park still owes (not opened yet, drafting or returned),
            // above the list: in a row's cell it would squeeze the columns.
            Map<Integer, ReportListItem> byYear = new HashMap<>();
            reports.findVisible(Pageable.unpaged()).stream().filter(r -> r.parkId() == parkId)
                    .forEach(r -> byYear.put(r.year(), r));
            reminders.latestPerYear(parkId).forEach((reportYear, reminder) -> {
                ReportListItem report = byYear.get(reportYear);
                if (report == null || report.status().isEditable()) {
                    Span line = ChaseLine.line(this, reminder, reportYear);
                    line.setId("chase-line-" + reportYear);
                    add(line);
                }
            });
        });

        ZoneId zone = clock.getZone();
        grid.addColumn(ReportListItem::parkName).setHeader(getTranslation("report.park")).setFlexGrow(3)
                .setSortProperty("parkName");
        grid.addColumn(ReportListItem::year).setHeader(getTranslation("report.year")).setSortProperty("year")
                .setWidth("8em").setFlexGrow(0);
        grid.addComponentColumn(r -> ReportStatusBadge.of(this, r.status())).setHeader(getTranslation("report.status"))
                .setSortProperty("status");
        grid.addColumn(r -> r.reviewStage() == null ? "" : getTranslation("review.stage." + r.reviewStage()))
                .setHeader(getTranslation("report.stage"));
        grid.addComponentColumn(r -> deadlineCell(r, deadlines))
                .setHeader(getTranslation("deadline.countdown")).setAutoWidth(true).setKey("deadline");
        grid.addColumn(r -> WHEN.format(r.updatedAt().atZone(zone)) + " · " + r.updatedBy())
                .setHeader(getTranslation("report.lastChange")).setSortProperty("updatedAt").setFlexGrow(2);
        // Only reports in review have a holder; the others need no look-up.
        grid.addComponentColumn(r -> r.reviewStage() == null ? new Span() : position(r.id(), zone))
                .setHeader(getTranslation("position.column")).setFlexGrow(2).setKey("position");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setItems(query -> {
            PageRequest page = VaadinSpringDataHelpers.toSpringPageRequest(query);
            return reports.findVisible(page.getSort().isSorted() ? page : page.withSort(NEWEST_FIRST)).stream();
        });
        grid.setEmptyStateText(getTranslation("report.empty"));
        grid.addItemClickListener(e -> open(e.getItem().id()));
        add(grid);
        expand(grid);
    }

    /** The countdown to the report's deadline, while the park still owes it. */
    private Component deadlineCell(ReportListItem r, ReportDeadlines deadlines) {
        Div cell = new Div();
        cell.addClassName("deadline-cell");
        deadlines.countdown(r.year(), r.status()).ifPresent(c -> cell.add(DeadlineBadge.of(this, c)));
        return cell;
    }

    private Span position(long reportId, ZoneId zone) {
        Span cell = new Span();
        reports.reviewPosition(reportId).ifPresent(p -> {
            cell.setText(ReviewPositionPanel.describe(this, p, zone));
            if (p.overdue()) {
                cell.addClassName("overdue");
                cell.getElement().setAttribute("title", getTranslation("position.overdue"));
            }
        });
        return cell;
    }

    private HorizontalLayout newReportBar(long parkId, int suggestedYear) {
        year.setLabel(getTranslation("report.new.year"));
        year.setValue(suggestedYear);
        year.setMin(2000);
        year.setMax(suggestedYear + 1);
        year.setStepButtonsVisible(true);
        Button create = new Button(getTranslation("report.new"), VaadinIcon.PLUS.create(), e -> create(parkId));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout bar = new HorizontalLayout(year, create);
        bar.addClassName("new-report-bar");
        bar.setWrap(true);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return bar;
    }

    private void create(long parkId) {
        year.setInvalid(false);
        if (year.getValue() == null) {
            year.setErrorMessage(getTranslation("report.new.yearRequired"));
            year.setInvalid(true);
            return;
        }
        try {
            AnnualReport report = reports.create(parkId, year.getValue());
            open(report.getId());
        } catch (BusinessRuleException e) {
            year.setErrorMessage(getTranslation(e.messageKey(), e.args()));
            year.setInvalid(true);
        }
    }

    private void open(long reportId) {
        getUI().ifPresent(ui -> ui.navigate(ReportEditorView.class, reportId));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.reports");
    }
}
