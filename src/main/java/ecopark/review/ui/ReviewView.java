package ecopark.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
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
import ecopark.base.domain.BusinessRuleException;
import ecopark.base.ui.component.NarrativeText;
import ecopark.report.domain.BasicInformation;
import ecopark.report.domain.NarrativeSection;
import ecopark.report.service.ReportSnapshot;
import ecopark.review.domain.ReviewComment;
import ecopark.report.service.ReviewFeedback;
import ecopark.review.service.ReviewService;
import ecopark.review.service.ReviewTaskDetail;
import ecopark.security.AppRole;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The review screen: the submitted revision read-only as the form lays it out, comments attached to the whole
 * report or a section, and the decision — approve, or return with a required comment.
 */
@Route("review")
@RolesAllowed(AppRole.REVIEWER_NAME)
public class ReviewView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    static final String GENERAL = "GENERAL";

    private final ReviewService review;
    private final Clock clock;
    private final TextArea comment = new TextArea();
    private final Select<String> anchor = new Select<>();
    private final Div commentList = new Div();
    private ReviewTaskDetail detail;

    public ReviewView(ReviewService review, Clock clock) {
        this.review = review;
        this.clock = clock;
        addClassName("review-view");
        setMaxWidth("1100px");
    }

    @Override
    public void setParameter(BeforeEvent event, String taskId) {
        try {
            detail = review.task(taskId);
        } catch (BusinessRuleException e) {
            event.forwardTo(InboxView.class);
            return;
        }
        removeAll();
        ReportSnapshot form = detail.revision().form();
        add(new H2(getTranslation("review.title", form.basic().parkName(), form.year(), detail.revision().number(),
                getTranslation(detail.task().stage().labelKey()))));
        add(new Span(getTranslation("review.submittedBy", detail.revision().submittedBy(),
                WHEN.format(detail.revision().submittedAt().atZone(clock.getZone())))));
        add(basicInformation(form.basic()), progress(form), commentsPanel());
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
                : getTranslation("report.basic.parkStatus." + form.parkStatus().name())), getTranslation("report.basic.parkStatus"));
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

    private Component commentsPanel() {
        Div panel = new Div(new H3(getTranslation("review.comments")), commentList);
        panel.addClassName("form-part");
        refreshComments();
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
        anchor.setLabel(getTranslation("review.anchor"));
        anchor.setItems(anchors);
        anchor.setItemLabelGenerator(this::anchorLabel);
        anchor.setValue(GENERAL);
        comment.setId("review-comment");
        comment.setLabel(getTranslation("review.comment"));
        comment.setWidthFull();
        comment.setMaxLength(ReviewComment.BODY_MAX_LENGTH);
        Button add = new Button(getTranslation("review.addComment"), VaadinIcon.COMMENT_O.create(), e -> act(() -> {
            review.comment(detail.task().taskId(), anchor.getValue(), comment.getValue());
            comment.clear();
            refreshComments();
        }, false));
        Button approve = new Button(getTranslation("review.approve"), VaadinIcon.CHECK.create(),
                e -> act(() -> review.approve(detail.task().taskId(), comment.getValue()), true));
        approve.setId("approve");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        Button reject = new Button(getTranslation("review.return"), VaadinIcon.ARROW_BACKWARD.create(), e -> {
            if (comment.getValue() == null || comment.getValue().isBlank()) {
                comment.setErrorMessage(getTranslation("review.error.commentRequired"));
                comment.setInvalid(true);
                return;
            }
            act(() -> review.returnToPark(detail.task().taskId(), comment.getValue()), true);
        });
        reject.setId("return");
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        HorizontalLayout buttons = new HorizontalLayout(add, approve, reject);
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
            commentList.add(item);
        }
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
        return value;
    }

    private void act(Runnable action, boolean leaves) {
        try {
            action.run();
            if (leaves) {
                Notification.show(getTranslation("review.done"), 4000, Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                getUI().ifPresent(ui -> ui.navigate(InboxView.class));
            }
        } catch (BusinessRuleException e) {
            Notification.show(getTranslation(e.messageKey(), e.args()), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.inbox");
    }
}
