package ecopark.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import ecopark.base.audit.AuditEntry;
import ecopark.base.audit.AuditText;
import ecopark.base.domain.BusinessRuleException;
import ecopark.report.domain.NarrativeSection;
import ecopark.report.service.ReportSnapshot;
import ecopark.report.service.ReviewFeedback;
import ecopark.report.service.RevisionView;
import ecopark.report.service.SnapshotIndicator;
import ecopark.review.service.ReviewDiagrams;
import ecopark.review.service.ReviewHistory;
import ecopark.review.service.ReviewCopies;
import ecopark.review.service.ReviewRecords;
import ecopark.review.service.ReviewService;
import ecopark.review.service.ReviewTaskDetail;
import ecopark.security.AppRole;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The review screen: the submitted revision read-only as the form lays it out (section 三 as it stood at submission),
 * comments on the whole report, a section or one indicator row, the decision — approve, or return with a required
 * comment — hand-over and copies, the process diagram with the current step, and the report's earlier revisions
 * with links to compare them.
 */
@Route("review")
@RolesAllowed(AppRole.REVIEWER_NAME)
public class ReviewView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    static final String GENERAL = "GENERAL";
    static final String INDICATOR = "INDICATOR:";

    private final ReviewService review;
    private final ReviewCopies copies;
    private final ReviewRecords records;
    private final ReviewDiagrams diagrams;
    private final Clock clock;
    private final TextArea comment = new TextArea();
    private final Select<String> anchor = new Select<>();
    private final Div commentList = new Div();
    private final Div form = new Div();
    private ReviewTaskDetail detail;

    public ReviewView(ReviewService review, ReviewCopies copies, ReviewRecords records, ReviewDiagrams diagrams, Clock clock) {
        this.review = review;
        this.copies = copies;
        this.records = records;
        this.diagrams = diagrams;
        this.clock = clock;
        addClassName("review-view");
        setMaxWidth("1200px");
        form.setWidthFull();
    }

    @Override
    public void setParameter(BeforeEvent event, String taskId) {
        try {
            detail = review.task(taskId);
        } catch (BusinessRuleException e) {
            // A task that was decided meanwhile (or never existed): back to the inbox, saying so.
            event.forwardTo(InboxView.class);
            Notification.show(getTranslation(e.messageKey(), e.args()), 5000, Notification.Position.MIDDLE);
            return;
        } catch (org.springframework.security.access.AccessDeniedException e) {
            // Another bureau's task: the access-denied page, as for reports and tasks, not the unexpected-error page.
            event.rerouteToError(com.vaadin.flow.router.AccessDeniedException.class);
            return;
        }
        removeAll();
        ReportSnapshot snapshot = detail.revision().form();
        add(new H2(getTranslation("review.title", snapshot.basic().parkName(), snapshot.year(),
                detail.revision().number(), detail.task().stageBureau() == null
                        ? getTranslation(detail.task().stage().labelKey())
                        : getTranslation("review.stageAt", detail.task().stageBureau(),
                                getTranslation(detail.task().stage().labelKey())))));
        HorizontalLayout submitted = new HorizontalLayout(new Span(getTranslation("review.submittedBy",
                detail.revision().submittedBy(), WHEN.format(detail.revision().submittedAt().atZone(clock.getZone())))));
        submitted.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        int number = detail.revision().number();
        if (number > 1) {
            // A resubmission is read against what was returned: the comparison is one click away.
            Anchor compare = compareLink(detail.revision().reportId(), number - 1, number,
                    getTranslation("review.compareWithRevision", number - 1), backHere());
            compare.setId("compare-previous");
            submitted.add(compare);
        }
        add(submitted, toolbar(), diagram(), form,
                new ReviewAttachmentsPanel(records, detail.revision().reportId(), clock.getZone()), commentsPanel(),
                history());
        refreshComments();
    }

    private Component toolbar() {
        HorizontalLayout bar = new HorizontalLayout();
        bar.addClassName("review-toolbar");
        if (detail.mine()) {
            Button handOver = new Button(getTranslation("review.handOver"), VaadinIcon.EXCHANGE.create(),
                    e -> new HandOverDialog(review, detail.task().taskId(), () -> {
                        Notification.show(getTranslation("review.handOver.done"), 4000,
                                Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                        getUI().ifPresent(ui -> ui.navigate(InboxView.class));
                    }).open());
            handOver.setId("hand-over");
            bar.add(handOver);
        }
        Button copy = new Button(getTranslation("review.copy"), VaadinIcon.SHARE.create(),
                e -> new CopyDialog(copies, detail.task().taskId()).open());
        copy.setId("copy");
        bar.add(copy);
        return bar;
    }

    private Component diagram() {
        Details details = new Details(getTranslation("review.diagram"));
        details.addClassName("form-part");
        details.setOpened(true);
        details.setWidthFull();
        diagrams.ofReport(detail.revision().reportId()).ifPresent(d -> details.add(new ProcessDiagramView(d)));
        return details;
    }

    private void showForm(List<ReviewFeedback.Item> comments) {
        Map<String, Long> perIndicator = comments.stream().map(ReviewFeedback.Item::anchor)
                .filter(a -> a != null && a.startsWith(INDICATOR))
                .collect(Collectors.groupingBy(a -> a.substring(INDICATOR.length()), Collectors.counting()));
        form.removeAll();
        form.add(new RevisionForm(detail.revision().form(), perIndicator,
                detail.mine() ? this::commentOnIndicator : null));
    }

    /** A comment on one indicator row, written in a dialog so the table stays where the reviewer was reading. */
    private void commentOnIndicator(SnapshotIndicator row) {
        Dialog dialog = new Dialog();
        dialog.setId("indicator-comment-dialog");
        dialog.setHeaderTitle(getTranslation("review.indicators.comment", row.code()) + " · "
                + row.name().in(getLocale()));
        TextArea body = new TextArea(getTranslation("review.comment"));
        body.setId("indicator-comment");
        // No maxlength: the browser would cut a longer paste silently; the service refuses it with the limit.
        body.setWidthFull();
        dialog.add(body);
        Button save = new Button(getTranslation("review.addComment"), e -> {
            try {
                review.comment(detail.task().taskId(), INDICATOR + row.code(), body.getValue());
                dialog.close();
                refreshComments();
            } catch (BusinessRuleException ex) {
                body.setErrorMessage(getTranslation(ex.messageKey(), ex.args()));
                body.setInvalid(true);
            }
        });
        save.setId("indicator-comment-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.setWidth("min(36em, 95vw)");
        dialog.open();
    }

    private Component commentsPanel() {
        Div panel = new Div(new H3(getTranslation("review.comments")), commentList);
        panel.addClassName("form-part");
        if (!detail.mine()) {
            panel.add(new Paragraph(getTranslation("review.notClaimed")));
            return panel;
        }
        List<String> anchors = new ArrayList<>();
        anchors.add(GENERAL);
        anchors.add("SECTION:BASIC");
        for (NarrativeSection s : NarrativeSection.values()) {
            anchors.add("SECTION:" + s.name());
        }
        if (detail.revision().form().hasIndicators()) {
            detail.revision().form().indicators().stream().filter(SnapshotIndicator::assessed)
                    .forEach(i -> anchors.add(INDICATOR + i.code()));
        }
        anchor.setLabel(getTranslation("review.anchor"));
        anchor.setItems(anchors);
        anchor.setItemLabelGenerator(this::anchorLabel);
        anchor.setValue(GENERAL);
        comment.setId("review-comment");
        comment.setLabel(getTranslation("review.comment"));
        comment.setWidthFull();
        Button add = new Button(getTranslation("review.addComment"), VaadinIcon.COMMENT_O.create(), e -> act(() -> {
            review.comment(detail.task().taskId(), anchor.getValue(), comment.getValue());
            comment.clear();
            refreshComments();
        }));
        add.setId("add-comment");
        Button approve = new Button(getTranslation("review.approve"), VaadinIcon.CHECK.create(),
                e -> DecisionConfirmation.toApprove(this, detail.task().stage(), parkName(),
                        detail.revision().form().year(), comment.getValue(),
                        () -> decided(() -> review.approve(detail.task().taskId(), comment.getValue()), true))
                        .open());
        approve.setId("approve");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        Button reject = new Button(getTranslation("review.return"), VaadinIcon.ARROW_BACKWARD.create(), e -> {
            if (comment.getValue() == null || comment.getValue().isBlank()) {
                comment.setErrorMessage(getTranslation("review.error.commentRequired"));
                comment.setInvalid(true);
                return;
            }
            DecisionConfirmation.toReturn(this, parkName(), comment.getValue(),
                    () -> decided(() -> review.returnToPark(detail.task().taskId(), comment.getValue()), false))
                    .open();
        });
        reject.setId("return");
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        HorizontalLayout buttons = new HorizontalLayout(add, approve, reject);
        buttons.addClassName("decision-buttons");
        buttons.setWrap(true);
        buttons.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        panel.add(anchor, comment, buttons);
        return panel;
    }

    private void refreshComments() {
        commentList.removeAll();
        List<ReviewFeedback.Item> items = review.comments(detail.revision().reportId());
        if (items.isEmpty()) {
            commentList.add(new Span(getTranslation("review.noComments")));
        }
        for (ReviewFeedback.Item c : items) {
            Div item = new Div(new Span(getTranslation("review.commentMeta", c.authorName(),
                    getTranslation(c.stageKey()), c.revisionNumber(), anchorLabel(c.anchor()),
                    WHEN.format(c.createdAt().atZone(clock.getZone())))), new Paragraph(c.body()));
            item.addClassName("review-comment");
            if (c.revisionNumber() != detail.revision().number()) {
                item.addClassName("earlier-revision");
            }
            commentList.add(item);
        }
        showForm(items);
    }

    /** Earlier revisions with links to compare them, and everything done to the report so far. */
    private Component history() {
        ReviewHistory history = review.history(detail.task().taskId());
        Details details = new Details(getTranslation("review.history", history.revisions().size()));
        details.addClassName("form-part");
        details.setId("review-history");
        details.setWidthFull();
        Div revisions = new Div(new H4(getTranslation("review.history.revisions")));
        revisions.setId("review-revisions");
        revisions.addClassName("revision-list");
        long reportId = detail.revision().reportId();
        for (RevisionView revision : history.revisions()) {
            Div item = new Div(new Span(getTranslation("review.history.revision", revision.number(),
                    WHEN.format(revision.submittedAt().atZone(clock.getZone())), revision.submittedBy())));
            if (revision.number() == detail.revision().number()) {
                item.add(new Span(getTranslation("review.history.current")));
            }
            if (revision.number() > 1) {
                item.add(compareLink(reportId, revision.number() - 1, revision.number(),
                        getTranslation("review.history.compareWithPrevious"), backHere()));
            }
            revisions.add(item);
        }
        Grid<AuditEntry> trail = new Grid<>();
        trail.setId("review-trail");
        trail.addColumn(e -> WHEN.format(e.getOccurredAt().atZone(clock.getZone())))
                .setHeader(getTranslation("audit.when")).setAutoWidth(true).setFlexGrow(0);
        trail.addColumn(e -> AuditText.actor(e, getLocale())).setHeader(getTranslation("audit.who")).setAutoWidth(true);
        trail.addColumn(e -> AuditText.action(e, getLocale())).setHeader(getTranslation("audit.what"));
        trail.addColumn(e -> AuditText.detail(e, getLocale())).setHeader(getTranslation("audit.detail"))
                .setFlexGrow(2);
        trail.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        trail.setItems(history.trail());
        trail.setAllRowsVisible(history.trail().size() <= 15);
        details.add(revisions, new H4(getTranslation("review.history.trail")), trail);
        return details;
    }

    /**
     * A link to the comparison of two revisions; {@code back} is the address the comparison's back link returns to
     * (this screen), so a reviewer who looks at the changes returns to the task they hold, not to the report.
     */
    static Anchor compareLink(long reportId, int from, int to, String text, String back) {
        Anchor link = new Anchor("report/" + reportId + "/compare?from=" + from + "&to=" + to + "&back=" + back,
                text);
        link.getElement().setAttribute("router-link", true);
        link.addClassName("compare-link");
        return link;
    }

    private String anchorLabel(String value) {
        if (value == null || GENERAL.equals(value)) {
            return getTranslation("review.anchor.general");
        }
        if ("SECTION:BASIC".equals(value)) {
            return getTranslation("report.part.one");
        }
        if (value.startsWith("SECTION:")) {
            return getTranslation(NarrativeSection.valueOf(value.substring(8)).labelKey());
        }
        if (value.startsWith(INDICATOR)) {
            String code = value.substring(INDICATOR.length());
            return detail.revision().form().hasIndicators() ? detail.revision().form().indicators().stream()
                    .filter(i -> i.code().equals(code)).findFirst()
                    .map(i -> getTranslation("review.anchor.indicator", code) + " " + i.name().in(getLocale()))
                    .orElse(getTranslation("review.anchor.indicator", code))
                    : getTranslation("review.anchor.indicator", code);
        }
        return value;
    }

    private String backHere() {
        return "review/" + detail.task().taskId();
    }

    private String parkName() {
        return detail.task().parkName();
    }

    /** Takes a confirmed decision, says what happened and returns to the inbox. */
    private void decided(Runnable decision, boolean approved) {
        act(() -> {
            decision.run();
            Notification.show(DecisionConfirmation.done(this, approved, detail.task().stage(), parkName()), 5000,
                    Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.navigate(InboxView.class));
        });
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (BusinessRuleException e) {
            Notification.show(getTranslation(e.messageKey(), e.args()), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.inbox");
    }
}
