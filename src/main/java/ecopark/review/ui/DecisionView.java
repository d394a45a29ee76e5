package ecopark.review.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import ecopark.base.domain.BusinessRuleException;
import ecopark.base.ui.component.PersonName;
import ecopark.review.service.DecisionRecord;
import ecopark.review.service.ReviewRecords;
import ecopark.security.AppRole;
import ecopark.security.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * A decision taken, read-only (opened from 已办): what was decided on which revision at which stage, by whom and
 * when, the comment sent with it, the revision as it was reviewed, and links to the report and the comparison.
 */
@Route("review/decision")
@RolesAllowed(AppRole.REVIEWER_NAME)
public class DecisionView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ReviewRecords records;
    private final Clock clock;
    private final String me;
    private String title = "";

    public DecisionView(ReviewRecords records, CurrentUser currentUser, Clock clock) {
        this.records = records;
        this.clock = clock;
        this.me = currentUser.require().username();
        addClassNames("review-view", "decision-view");
        setMaxWidth("1200px");
    }

    @Override
    public void setParameter(BeforeEvent event, Long decisionId) {
        DecisionRecord record;
        try {
            record = records.decision(decisionId);
        } catch (BusinessRuleException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        } catch (org.springframework.security.access.AccessDeniedException e) {
            event.rerouteToError(AccessDeniedException.class);
            return;
        }
        removeAll();
        int number = record.revision().number();
        title = getTranslation("reviewfinish.decision.title", record.parkName(), record.year(), number);
        add(new H2(title), facts(record), links(record, decisionId));
        Div revision = new Div(new H3(getTranslation("reviewfinish.decision.revision")),
                new RevisionForm(record.revision().form(), Map.of(), null),
                new ReviewAttachmentsPanel(records, record.reportId(), clock.getZone()));
        revision.setWidthFull();
        add(revision);
    }

    private FormLayout facts(DecisionRecord record) {
        FormLayout facts = new FormLayout();
        facts.setId("decision-facts");
        facts.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        Span outcome = new Span(getTranslation("reviewfinish.decision.outcome." + record.stage().name() + "."
                + record.outcome().name()));
        outcome.setId("decision-outcome");
        facts.addFormItem(new Span(getTranslation(record.stage().labelKey())),
                getTranslation("reviewfinish.decision.stage"));
        facts.addFormItem(outcome, getTranslation("reviewfinish.decision.outcome"));
        Span reviewer = new Span(PersonName.of(this, record.reviewer(), record.reviewerName(), me));
        reviewer.setId("decision-reviewer");
        facts.addFormItem(reviewer, getTranslation("reviewfinish.decision.reviewer"));
        facts.addFormItem(new Span(WHEN.format(record.decidedAt().atZone(clock.getZone()))),
                getTranslation("reviewfinish.decision.decidedAt"));
        Paragraph comment = new Paragraph(record.comment() == null
                ? getTranslation("reviewfinish.decision.noComment") : record.comment());
        comment.setId("decision-comment");
        comment.getStyle().set("white-space", "pre-wrap").set("margin", "0");
        facts.setColspan(facts.addFormItem(comment, getTranslation("reviewfinish.decision.comment")), 2);
        return facts;
    }

    private HorizontalLayout links(DecisionRecord record, long decisionId) {
        HorizontalLayout links = new HorizontalLayout();
        links.addClassName("decision-links");
        links.add(routerLink("inbox/done", getTranslation("reviewfinish.decision.back"), "decision-back"));
        links.add(routerLink("report/" + record.reportId(), getTranslation("reviewfinish.decision.openReport"),
                "decision-report"));
        int number = record.revision().number();
        if (number > 1) {
            links.add(ReviewView.compareLink(record.reportId(), number - 1, number,
                    getTranslation("review.history.compareWithPrevious"), "review/decision/" + decisionId));
        }
        return links;
    }

    private static Anchor routerLink(String href, String text, String id) {
        Anchor link = new Anchor(href, text);
        link.getElement().setAttribute("router-link", true);
        link.setId(id);
        return link;
    }

    @Override
    public String getPageTitle() {
        return title.isEmpty() ? getTranslation("reviewfinish.decision.pageTitle") : title;
    }
}
