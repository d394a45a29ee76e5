package ecopark.report.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import ecopark.report.domain.NarrativeSection;
import ecopark.report.service.ReviewFeedback;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The reviewers' comments shown above the form, so staff revising a returned report see what to change where. */
class FeedbackPanel extends Div {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    FeedbackPanel(List<ReviewFeedback.Item> items, ZoneId zone) {
        addClassNames("form-part", "feedback-panel");
        setId("review-feedback");
        setVisible(!items.isEmpty());
        add(new H3(getTranslation("report.feedback")));
        for (ReviewFeedback.Item item : items) {
            Div entry = new Div(new Span(getTranslation("report.feedback.meta", item.authorName(),
                    getTranslation(item.stageKey()), item.revisionNumber(), anchorLabel(item.anchor()),
                    WHEN.format(item.createdAt().atZone(zone)))), new Paragraph(item.body()));
            entry.addClassName("feedback-item");
            add(entry);
        }
    }

    private String anchorLabel(String anchor) {
        if (anchor == null || anchor.equals("GENERAL")) {
            return getTranslation("report.feedback.general");
        }
        if (anchor.equals("SECTION:BASIC")) {
            return getTranslation("report.part.one");
        }
        if (anchor.startsWith("SECTION:")) {
            return getTranslation(NarrativeSection.valueOf(anchor.substring(8)).labelKey());
        }
        if (anchor.startsWith("INDICATOR:")) {
            return getTranslation("report.feedback.indicator", anchor.substring(10));
        }
        return anchor;
    }
}
