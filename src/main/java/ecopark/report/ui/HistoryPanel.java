package ecopark.report.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import ecopark.base.audit.AuditEntry;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Who did what to the report and when (the audit trail), folded away below the form. */
class HistoryPanel extends Details {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    HistoryPanel(List<AuditEntry> entries, ZoneId zone) {
        setSummaryText(getTranslation("report.history", entries.size()));
        addClassNames("form-part", "history-panel");
        setId("report-history");
        add(grid(this, entries, zone));
        setWidthFull();
    }

    static Grid<AuditEntry> grid(com.vaadin.flow.component.Component owner, List<AuditEntry> entries, ZoneId zone) {
        Grid<AuditEntry> grid = new Grid<>();
        configure(owner, grid, zone);
        grid.setItems(entries);
        grid.setAllRowsVisible(entries.size() <= 15);
        return grid;
    }

    static void configure(com.vaadin.flow.component.Component owner, Grid<AuditEntry> grid, ZoneId zone) {
        grid.addColumn(e -> WHEN.format(e.getOccurredAt().atZone(zone))).setHeader(owner.getTranslation("audit.when"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEntry::getActorName).setHeader(owner.getTranslation("audit.who")).setAutoWidth(true);
        grid.addColumn(e -> owner.getTranslation("audit.action." + e.getAction())).setHeader(owner.getTranslation("audit.what"));
        grid.addColumn(e -> e.getDetail() == null ? "" : e.getDetail()).setHeader(owner.getTranslation("audit.detail"))
                .setFlexGrow(2);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
    }
}
