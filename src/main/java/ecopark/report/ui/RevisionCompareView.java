package ecopark.report.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import ecopark.base.domain.BusinessRuleException;
import ecopark.evaluation.service.VerdictFactsText;
import ecopark.report.domain.AnnualReport;
import ecopark.report.domain.NarrativeSection;
import ecopark.report.service.ReportNotFoundException;
import ecopark.report.service.ReportService;
import ecopark.report.service.RevisionComparison;
import ecopark.report.service.RevisionDifference;
import ecopark.report.service.RevisionDifference.FieldChange;
import ecopark.report.service.RevisionDifference.IndicatorChange;
import ecopark.report.service.RevisionDifference.SelectionChange;
import ecopark.report.service.RevisionView;
import ecopark.report.service.SnapshotIndicator;
import ecopark.report.service.TextDiff;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Two revisions of a report side by side (docs/product.md: reviewers can compare two revisions): the fields of section 一
 * that differ, the narrative text of 二 with removed and added characters marked, the choice of optional indicators and
 * its reason, and the rows of 三 whose selection, value, state, verdict, applied requirement or input data differ. Reached from the report's history and the review screen; the two
 * revisions are in the address ({@code report/12/compare?from=1&to=2}) so a comparison can be shared.
 */
@Route("report/:reportId(\\d+)/compare")
@PermitAll
public class RevisionCompareView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ReportService reports;
    private final RevisionComparison comparison;
    private final Clock clock;
    private final Select<Integer> from = new Select<>();
    private final Select<Integer> to = new Select<>();
    private final Div result = new Div();
    private long reportId;
    private Optional<String> back = Optional.empty();
    private String title = "";

    /**
     * Where the back link may lead instead of the report: the review screen a reviewer came from (their task stays
     * theirs), a copy or a decision record. Only these in-application addresses, never an address from elsewhere.
     */
    private static final Pattern BACK = Pattern.compile("review/(copy/\\d+|decision/\\d+|[A-Za-z0-9-]+)");

    private static String backKey(String back) {
        return back.startsWith("review/copy/") ? "reviewfinish.back.copy"
                : back.startsWith("review/decision/") ? "reviewfinish.back.decision" : "reviewfinish.back.review";
    }

    public RevisionCompareView(ReportService reports, RevisionComparison comparison, Clock clock) {
        this.reports = reports;
        this.comparison = comparison;
        this.clock = clock;
        addClassName("revision-compare");
        setMaxWidth("1200px");
        from.setId("compare-from");
        from.setWidth("22em");
        to.setWidth("22em");
        to.setId("compare-to");
        from.setLabel(getTranslation("revisions.from"));
        to.setLabel(getTranslation("revisions.to"));
        from.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                reselect();
            }
        });
        to.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                reselect();
            }
        });
        result.setId("compare-result");
        result.setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        reportId = event.getRouteParameters().getLong("reportId").orElse(0L);
        AnnualReport report;
        List<RevisionView> revisions;
        try {
            report = reports.get(reportId);
            revisions = comparison.revisions(reportId);
        } catch (ReportNotFoundException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        } catch (org.springframework.security.access.AccessDeniedException e) {
            event.rerouteToError(AccessDeniedException.class);
            return;
        }
        title = getTranslation("revisions.title", report.getParkName(), report.getYear());
        removeAll();
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        back = Optional.ofNullable(query.get("back")).flatMap(values -> values.stream().findFirst())
                .filter(b -> BACK.matcher(b).matches());
        Anchor backLink = back.map(b -> new Anchor(b, getTranslation(backKey(b))))
                .orElseGet(() -> new Anchor("report/" + reportId, getTranslation("revisions.backToReport")));
        backLink.getElement().setAttribute("router-link", true);
        backLink.setId("compare-back");
        add(new H2(title), backLink);
        if (revisions.isEmpty()) {
            add(new Paragraph(getTranslation("revisions.none")));
            return;
        }
        List<Integer> numbers = revisions.stream().map(RevisionView::number).toList();
        Map<Integer, RevisionView> byNumber = revisions.stream()
                .collect(java.util.stream.Collectors.toMap(RevisionView::number, r -> r));
        for (Select<Integer> select : List.of(from, to)) {
            select.setItems(numbers);
            select.setItemLabelGenerator(n -> label(byNumber.get(n)));
        }
        int latest = numbers.get(numbers.size() - 1);
        int right = number(query, "to").filter(numbers::contains).orElse(latest);
        int left = number(query, "from").filter(numbers::contains)
                .orElse(numbers.get(Math.max(0, numbers.indexOf(right) - 1)));
        from.setValue(left);
        to.setValue(right);
        HorizontalLayout choose = new HorizontalLayout(from, VaadinIcon.ARROW_RIGHT.create(), to);
        choose.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        choose.addClassName("revision-choice");
        choose.setWrap(true);
        add(choose, result);
        show(left, right);
    }

    private void reselect() {
        if (from.getValue() == null || to.getValue() == null) {
            return;
        }
        // The address follows the choice, so a reload or a shared link shows the same comparison.
        Map<String, String> query = new java.util.LinkedHashMap<>();
        query.put("from", from.getValue().toString());
        query.put("to", to.getValue().toString());
        back.ifPresent(b -> query.put("back", b));
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, "report/" + reportId + "/compare?"
                + QueryParameters.simple(query).getQueryString()));
        show(from.getValue(), to.getValue());
    }

    private void show(int left, int right) {
        result.removeAll();
        RevisionDifference diff;
        try {
            diff = comparison.compare(reportId, left, right);
        } catch (BusinessRuleException e) {
            result.add(new Paragraph(getTranslation(e.messageKey(), e.args())));
            return;
        }
        result.add(summary(diff), basic(diff), narratives(diff), indicators(diff));
    }

    private Component summary(RevisionDifference diff) {
        String text = diff.unchanged() ? getTranslation("revisions.summary.same")
                : getTranslation("revisions.summary", diff.basicChanges().size(), diff.changedSections(),
                        diff.indicatorChanges().size());
        // A changed reason alone changes no row: say so, or the summary would read as if nothing had changed.
        if (diff.selection() != null && diff.selection().reasonChanged()) {
            text += getTranslation("revisions.summary.selectionReason");
        }
        Paragraph summary = new Paragraph(text);
        summary.setId("compare-summary");
        summary.addClassName("compare-summary");
        return summary;
    }

    private Component basic(RevisionDifference diff) {
        Div part = part("report.part.one");
        if (diff.basicChanges().isEmpty()) {
            part.add(unchanged());
            return part;
        }
        Div table = new Div(headerRow(diff, "revisions.field"));
        table.addClassName("compare-table");
        table.setId("compare-basic");
        for (FieldChange change : diff.basicChanges()) {
            table.add(row(getTranslation(change.field().labelKey()), fieldValue(change, change.before()),
                    fieldValue(change, change.after())));
        }
        part.add(table);
        return part;
    }

    private Component narratives(RevisionDifference diff) {
        Div part = part("report.part.two");
        for (NarrativeSection section : NarrativeSection.values()) {
            TextDiff text = diff.narratives().get(section);
            H4 heading = new H4(getTranslation(section.labelKey()));
            part.add(heading);
            if (!text.changed()) {
                part.add(unchanged());
                continue;
            }
            heading.add(new Span(" " + getTranslation("revisions.characters", text.removedCharacters(),
                    text.addedCharacters())));
            Div before = side(text, TextDiff.Kind.REMOVED, "diff-removed");
            Div after = side(text, TextDiff.Kind.ADDED, "diff-added");
            before.getElement().setAttribute("aria-label", getTranslation("revisions.revision", diff.from().number()));
            after.getElement().setAttribute("aria-label", getTranslation("revisions.revision", diff.to().number()));
            Div columns = new Div(before, after);
            columns.addClassName("compare-columns");
            columns.setId("compare-" + section.name().toLowerCase().replace('_', '-'));
            part.add(columns);
        }
        return part;
    }

    /** One side of a text: what both share, plus what only this side has, marked. */
    private static Div side(TextDiff text, TextDiff.Kind own, String marker) {
        Div side = new Div();
        side.addClassName("compare-text");
        for (TextDiff.Segment segment : text.segments()) {
            if (segment.kind() == TextDiff.Kind.SAME) {
                side.add(new Span(segment.text()));
            } else if (segment.kind() == own) {
                Span changed = new Span(segment.text());
                changed.addClassName(marker);
                side.add(changed);
            }
        }
        return side;
    }

    private Component indicators(RevisionDifference diff) {
        Div part = part("revisions.partThree");
        if (diff.selection() != null) {
            part.add(selection(diff));
        }
        if (!diff.indicatorsComparable()) {
            part.add(new Paragraph(getTranslation("revisions.indicatorsNotKept")));
            return part;
        }
        if (diff.indicatorChanges().isEmpty()) {
            part.add(unchanged());
            return part;
        }
        Div table = new Div(headerRow(diff, "revisions.indicator"));
        table.addClassName("compare-table");
        table.setId("compare-indicators");
        for (IndicatorChange change : diff.indicatorChanges()) {
            String name = change.code() + " " + change.name().in(getLocale());
            Div row = row(name, indicatorCell(change.before(), change), indicatorCell(change.after(), change));
            row.add(aspects(change));
            table.add(row);
        }
        part.add(table);
        return part;
    }

    /**
     * The choice of optional indicators: which are newly assessed and which no longer, and the reason the park gave
     * the reviewers for differing from last year, side by side.
     */
    private Component selection(RevisionDifference diff) {
        SelectionChange change = diff.selection();
        Div selection = new Div();
        selection.setId("compare-selection");
        if (change.selectionChanged()) {
            List<String> parts = new java.util.ArrayList<>();
            if (!change.added().isEmpty()) {
                parts.add(getTranslation("revisions.selection.added", String.join(getTranslation("i18n.listSeparator"), change.added())));
            }
            if (!change.removed().isEmpty()) {
                parts.add(getTranslation("revisions.selection.removed", String.join(getTranslation("i18n.listSeparator"), change.removed())));
            }
            Paragraph codes = new Paragraph(getTranslation("revisions.selection.optional",
                    String.join(getTranslation("revisions.selection.separator"), parts)));
            codes.setId("compare-selection-codes");
            selection.add(codes);
        }
        if (change.reasonChanged()) {
            Div table = new Div(headerRow(diff, "revisions.field"));
            table.addClassName("compare-table");
            table.setId("compare-selection-reason");
            table.add(row(getTranslation("revisions.selection.reason"), reason(change.reasonBefore()),
                    reason(change.reasonAfter())));
            selection.add(table);
        }
        return selection;
    }

    private Component reason(String reason) {
        return new Span(reason == null ? getTranslation("revisions.selection.noReason") : reason);
    }

    private Component aspects(IndicatorChange change) {
        Span aspects = new Span(String.join(getTranslation("i18n.listSeparator"), change.aspects().stream().sorted()
                .map(a -> getTranslation(a.labelKey())).toList()));
        aspects.addClassName("compare-aspects");
        return aspects;
    }

    /**
     * One side of a changed row: selection, value, verdict, and the requirement that applied with why (footnote a's
     * industry, share and reason; region; growth direction); the inputs too when they are what changed.
     */
    private Component indicatorCell(SnapshotIndicator row, IndicatorChange change) {
        if (row == null) {
            return new Span(getTranslation("revisions.absent"));
        }
        Div cell = new Div(new Span(indicatorSummary(row)));
        if (row.facts() != null) {
            Div threshold = new Div(getTranslation("facts.line.threshold",
                    VerdictFactsText.threshold(row.facts().threshold(), row.requirement(), getLocale())));
            threshold.addClassName("compare-threshold");
            cell.add(threshold);
            if (change.aspects().contains(RevisionDifference.Aspect.INPUTS)
                    || change.aspects().contains(RevisionDifference.Aspect.VALUE)) {
                row.factLines(getLocale()).stream().skip(1).forEach(line -> {
                    Div fact = new Div(line);
                    fact.addClassName("compare-fact");
                    cell.add(fact);
                });
            }
        }
        return cell;
    }

    private String indicatorSummary(SnapshotIndicator row) {
        String selection = row.mandatory() ? getTranslation("revisions.mandatory")
                : getTranslation(row.assessed() ? "revisions.selected" : "revisions.notSelected");
        StringBuilder text = new StringBuilder(selection);
        if (row.value() != null) {
            text.append(" · ").append(row.value().toPlainString()).append(' ').append(row.unit().in(getLocale()));
        }
        if (row.state() != null) {
            text.append(" · ").append(getTranslation(row.state() ? "evaluation.state.yes" : "evaluation.state.no"));
        }
        text.append(" · ").append(getTranslation(row.verdict().labelKey()));
        return text.toString();
    }

    private Div headerRow(RevisionDifference diff, String firstKey) {
        Div header = row(getTranslation(firstKey), new Span(getTranslation("revisions.revision", diff.from().number())),
                new Span(getTranslation("revisions.revision", diff.to().number())));
        header.addClassName("compare-header");
        return header;
    }

    private static Div row(String label, Component before, Component after) {
        Span first = new Span(label);
        first.addClassName("compare-label");
        before.getElement().getClassList().add("compare-before");
        after.getElement().getClassList().add("compare-after");
        Div row = new Div(first, before, after);
        row.addClassName("compare-row");
        return row;
    }

    private Component fieldValue(FieldChange change, String value) {
        if (value == null) {
            return new Span(getTranslation("revisions.empty"));
        }
        return new Span(change.field().translated() ? getTranslation(value) : value);
    }

    private Div part(String titleKey) {
        Div part = new Div(new H3(getTranslation(titleKey)));
        part.addClassName("form-part");
        return part;
    }

    private Component unchanged() {
        Span same = new Span(getTranslation("revisions.unchanged"));
        same.addClassName("compare-unchanged");
        return same;
    }

    private String label(RevisionView revision) {
        return getTranslation("revisions.option", revision.number(),
                WHEN.format(revision.submittedAt().atZone(clock.getZone())), revision.submittedBy());
    }

    private static Optional<Integer> number(Map<String, List<String>> query, String name) {
        try {
            return Optional.ofNullable(query.get(name)).filter(v -> !v.isEmpty()).map(v -> Integer.valueOf(v.get(0)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
