package ecopark.report.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import ecopark.report.service.ReviewFeedback;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * Where the report is in review, for its staff: the stage (初审/复核), who holds it and since when, and the due
 * date, late in red. Hidden while no review step is open.
 */
class ReviewPositionPanel extends Div {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    ReviewPositionPanel(Optional<ReviewFeedback.Position> position, ZoneId zone) {
        addClassName("review-position");
        setId("review-position");
        setVisible(position.isPresent());
        position.ifPresent(p -> {
            add(new Span(getTranslation("position.stage", getTranslation(p.stageKey()))));
            add(new Span(describe(this, p, zone)));
            if (p.due() != null) {
                Span due = new Span(getTranslation("position.due", WHEN.format(p.due().atZone(zone))));
                if (p.overdue()) {
                    due.addClassName("overdue");
                    due.setText(due.getText() + " " + getTranslation("position.overdue"));
                }
                add(due);
            }
        });
    }

    /** "李明 办理中（自 …）" or "待审核人员受理（自 …）". */
    static String describe(com.vaadin.flow.component.Component owner, ReviewFeedback.Position p, ZoneId zone) {
        String since = WHEN.format(p.since().atZone(zone));
        return p.holderName() == null ? owner.getTranslation("position.waiting", since)
                : owner.getTranslation("position.holder", p.holderName(), since);
    }
}
