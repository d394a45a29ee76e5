package ecopark.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import ecopark.base.i18n.TranslationProvider;
import ecopark.base.ui.component.NarrativeText;
import ecopark.evaluation.service.Verdict;
import ecopark.report.domain.BasicInformation;
import ecopark.report.domain.NarrativeSection;
import ecopark.report.service.NoticeRecord;
import ecopark.report.service.ReportSnapshot;
import ecopark.report.service.SnapshotIndicator;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A submitted revision read-only, laid out like the disclosure form: 一 basic information, 二 the narratives, what the
 * year's annual notice asked for (its topics as answered, the files delivered) and 三 the indicator table as it stood
 * at submission. With a commenter, each indicator row offers a comment on that row.
 */
class RevisionForm extends Div {

    private final Map<String, Long> commentsPerIndicator;
    private final Consumer<SnapshotIndicator> commenter;

    /**
     * @param commentsPerIndicator how many comments each indicator code has, shown on its row
     * @param commenter opens a comment on a row, or null when the viewer may not comment
     */
    RevisionForm(ReportSnapshot form, Map<String, Long> commentsPerIndicator, Consumer<SnapshotIndicator> commenter) {
        this.commentsPerIndicator = commentsPerIndicator;
        this.commenter = commenter;
        addClassName("revision-form");
        add(basicInformation(form.basic()), progress(form));
        if (form.notice() != null) {
            add(notice(form.notice()));
        }
        add(indicators(form));
    }

    private Component basicInformation(BasicInformation form) {
        FormLayout grid = new FormLayout();
        grid.addFormItem(new Span(form.parkName()), getTranslation("report.basic.parkName"));
        grid.addFormItem(new Span(nullToEmpty(form.postalAddress()) + " " + nullToEmpty(form.postcode())),
                getTranslation("report.basic.postalAddress"));
        grid.addFormItem(new Span(form.level() == null ? "" : getTranslation(form.level().labelKey())),
                getTranslation("report.basic.level"));
        grid.addFormItem(new Span(form.type() == null ? "" : getTranslation(form.type().labelKey())
                + (form.typeNote() == null ? "" : "：" + form.typeNote())), getTranslation("report.basic.type"));
        grid.addFormItem(new Span(nullToEmpty(form.phone())), getTranslation("report.basic.phone"));
        grid.addFormItem(new Span(nullToEmpty(form.email())), getTranslation("report.basic.email"));
        grid.addFormItem(new Span(form.parkStatus() == null ? ""
                : getTranslation("report.basic.parkStatus." + form.parkStatus().name())),
                getTranslation("report.basic.parkStatus"));
        Div part = new Div(new H3(getTranslation("report.part.one")), grid);
        part.addClassName("form-part");
        return part;
    }

    private Component progress(ReportSnapshot form) {
        Div part = new Div(new H3(getTranslation("report.part.two")));
        part.addClassName("form-part");
        for (NarrativeSection section : NarrativeSection.values()) {
            part.add(new H4(getTranslation(section.labelKey())), new NarrativeText(form.narratives().get(section)));
        }
        return part;
    }

    /** The notice's topics with the park's answers and its deliverables with the files, as checked at submission. */
    private Component notice(NoticeRecord notice) {
        Div part = new Div(new H3(getTranslation("review.notice.title", notice.documentNumber())));
        part.addClassName("form-part");
        part.setId("revision-notice");
        for (NoticeRecord.TopicAnswer topic : notice.topics()) {
            part.add(new H4(topic.title()), new NarrativeText(topic.answer()));
        }
        if (!notice.deliverables().isEmpty()) {
            part.add(new H4(getTranslation("review.notice.deliverables")));
            Div files = new Div();
            files.addClassName("notice-deliverables");
            boolean english = TranslationProvider.ENGLISH.getLanguage().equals(getLocale().getLanguage());
            // The files themselves are downloaded from the documents below, with the report's access rules.
            notice.deliverables().forEach(d -> files.add(new Paragraph(getTranslation("review.notice.delivered",
                    english && d.nameEn() != null && !d.nameEn().isBlank() ? d.nameEn() : d.nameZh(),
                    d.fileName()))));
            part.add(files);
        }
        return part;
    }

    private Component indicators(ReportSnapshot form) {
        Div part = new Div(new H3(getTranslation("evaluation.editor.title")));
        part.addClassName("form-part");
        if (!form.hasIndicators()) {
            part.add(new Paragraph(getTranslation("review.indicators.notKept")));
            return part;
        }
        Grid<SnapshotIndicator> grid = new Grid<>();
        grid.setId("revision-indicators");
        grid.addColumn(SnapshotIndicator::code).setHeader(getTranslation("review.indicators.code")).setWidth("4em")
                .setFlexGrow(0).setKey("code");
        grid.addColumn(i -> i.name().in(getLocale())).setHeader(getTranslation("review.indicators.name"))
                .setFlexGrow(3).setKey("name");
        // The threshold that applied (footnote a, region, growth direction), so the row never contradicts its verdict.
        grid.addColumn(i -> i.requirementIn(getLocale()) + " " + i.unit().in(getLocale())).setKey("requirement")
                .setHeader(getTranslation("review.indicators.requirement")).setFlexGrow(2);
        grid.addColumn(i -> i.mandatory() ? getTranslation("evaluation.editor.mandatory")
                : getTranslation(i.assessed() ? "evaluation.editor.yes" : "evaluation.editor.no"))
                .setHeader(getTranslation("evaluation.editor.assessed")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(this::valueText).setHeader(getTranslation("review.indicators.value")).setFlexGrow(1)
                .setKey("value");
        grid.addComponentColumn(this::verdict).setHeader(getTranslation("review.indicators.verdict"))
                .setAutoWidth(true).setFlexGrow(0).setKey("verdict");
        grid.addComponentColumn(this::commentCell).setHeader(getTranslation("review.indicators.comments"))
                .setAutoWidth(true).setFlexGrow(0).setKey("comment");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setItems(form.indicators());
        grid.setAllRowsVisible(true);
        part.add(grid);
        part.add(selectionReason(form));
        part.add(facts(form));
        return part;
    }

    /** Why the optional indicators differ from last year's, as the park wrote it for the reviewers. */
    private Component selectionReason(ReportSnapshot form) {
        String reason = form.selectionChangeReason();
        Paragraph text = new Paragraph(reason == null || reason.isBlank() ? getTranslation("facts.selectionReason.none")
                : getTranslation("facts.selectionReason", reason));
        text.setId("revision-selection-reason");
        text.addClassName("selection-reason");
        return text;
    }

    /**
     * The facts behind each assessed row (threshold applied and why, exact value, formula, inputs, intermediate
     * values); rows decided by anything other than the standard's single value, or without a verdict, start open.
     */
    private Component facts(ReportSnapshot form) {
        Div facts = new Div(new H4(getTranslation("facts.heading")));
        facts.setId("revision-facts");
        facts.addClassName("verdict-facts");
        for (SnapshotIndicator row : form.indicators()) {
            if (!row.assessed() || row.facts() == null) {
                continue;
            }
            Div lines = new Div();
            row.factLines(getLocale()).forEach(line -> lines.add(new Div(line)));
            Details details = new Details(getTranslation("facts.rowHeading", row.code(), row.name().in(getLocale())),
                    lines);
            details.setId("facts-" + row.code());
            details.setOpened(row.facts().overridden()
                    || row.verdict() == Verdict.NOT_COMPUTABLE || row.verdict() == Verdict.MISSING_DATA);
            facts.add(details);
        }
        return facts;
    }

    private String valueText(SnapshotIndicator row) {
        if (!row.assessed()) {
            return "-";
        }
        if (row.state() != null) {
            return getTranslation(row.state() ? "evaluation.state.yes" : "evaluation.state.no");
        }
        return row.value() == null ? "" : row.value().toPlainString();
    }

    private Component verdict(SnapshotIndicator row) {
        Span verdict = new Span(getTranslation(row.verdict().labelKey()));
        verdict.addClassName("verdict-" + row.verdict().name().toLowerCase().replace('_', '-'));
        if (row.verdict() == Verdict.NOT_MET) {
            verdict.getElement().getThemeList().add("badge error");
        }
        return verdict;
    }

    private Component commentCell(SnapshotIndicator row) {
        Div cell = new Div();
        long count = commentsPerIndicator.getOrDefault(row.code(), 0L);
        if (count > 0) {
            Span badge = new Span(getTranslation("review.indicators.commentCount", count));
            badge.addClassName("indicator-comment-count");
            cell.add(badge);
        }
        if (commenter != null) {
            Button comment = new Button(VaadinIcon.COMMENT_O.create(), e -> commenter.accept(row));
            comment.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY_INLINE);
            comment.setAriaLabel(getTranslation("review.indicators.comment", row.code()));
            comment.setTooltipText(getTranslation("review.indicators.comment", row.code()));
            comment.addClassName("indicator-comment");
            cell.add(comment);
        }
        return cell;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
