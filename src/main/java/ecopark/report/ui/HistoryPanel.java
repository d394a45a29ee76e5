package ecopark.report.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import ecopark.base.audit.AuditEntry;
import ecopark.base.audit.AuditText;
import ecopark.report.service.RevisionView;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Who did what to the report and when (the audit trail), folded away below the form, with the submitted revisions
 * and links to compare them.
 */
class HistoryPanel extends Details {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    HistoryPanel(List<AuditEntry> entries, List<RevisionView> revisions, ZoneId zone) {
        setSummaryText(getTranslation("report.history", entries.size()));
        addClassNames("form-part", "history-panel");
        setId("report-history");
        if (!revisions.isEmpty()) {
            add(revisionList(revisions, zone));
        }
        add(grid(this, entries, zone));
        setWidthFull();
    }

    private Div revisionList(List<RevisionView> revisions, ZoneId zone) {
        Div list = new Div(new H4(getTranslation("revisions.list", revisions.size())));
        list.setId("report-revisions");
        list.addClassName("revision-list");
        long reportId = revisions.get(0).reportId();
        for (RevisionView revision : revisions) {
            Div item = new Div(new Span(getTranslation("revisions.option", revision.number(),
                    WHEN.format(revision.submittedAt().atZone(zone)), revision.submittedBy())));
            if (revision.form().notice() != null) {
                // What the submission met: the notice's revision then, not the notice as it reads today.
                Span notice = new Span(getTranslation("revisions.notice", revision.form().notice().documentNumber(),
                        revision.form().notice().revision()));
                notice.addClassName("revision-notice");
                item.add(notice);
            }
            if (revision.number() > 1) {
                item.add(compareLink(reportId, revision.number() - 1, revision.number(),
                        getTranslation("revisions.compareWithPrevious")));
            }
            list.add(item);
        }
        if (revisions.size() > 1) {
            RevisionView latest = revisions.get(revisions.size() - 1);
            Anchor compare = compareLink(reportId, revisions.get(0).number(), latest.number(),
                    getTranslation("revisions.compare"));
            compare.setId("compare-revisions");
            list.add(compare);
        }
        return list;
    }

    /** A link to the side-by-side comparison of two revisions. */
    static Anchor compareLink(long reportId, int from, int to, String text) {
        Anchor link = new Anchor("report/" + reportId + "/compare?from=" + from + "&to=" + to, text);
        link.getElement().setAttribute("router-link", true);
        link.addClassName("compare-link");
        return link;
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
        grid.addColumn(e -> AuditText.actor(e, com.vaadin.flow.component.UI.getCurrent().getLocale())).setHeader(owner.getTranslation("audit.who"))
                .setAutoWidth(true);
        grid.addColumn(e -> AuditText.action(e, com.vaadin.flow.component.UI.getCurrent().getLocale())).setHeader(owner.getTranslation("audit.what"));
        grid.addColumn(e -> AuditText.detail(e, com.vaadin.flow.component.UI.getCurrent().getLocale())).setHeader(owner.getTranslation("audit.detail"))
                .setFlexGrow(2);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
    }
}
