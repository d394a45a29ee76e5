package ecopark.review.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import ecopark.review.service.CopyDetail;
import ecopark.review.service.ReviewRecords;
import ecopark.review.service.ReviewCopies;
import ecopark.security.AppRole;
import ecopark.security.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/** A revision a colleague copied to the user (抄送), read-only: who sent it, why, and the form as submitted. */
@Route("review/copy")
@RolesAllowed({AppRole.REVIEWER_NAME, AppRole.MANAGER_NAME})
public class CopyView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ReviewCopies review;
    private final ReviewRecords records;
    private final Clock clock;
    private final boolean manager;
    private String title = "";

    public CopyView(ReviewCopies review, ReviewRecords records, CurrentUser currentUser, Clock clock) {
        this.review = review;
        this.records = records;
        this.clock = clock;
        this.manager = currentUser.require().is(AppRole.MANAGER);
        addClassName("review-view");
        setMaxWidth("1200px");
    }

    @Override
    public void setParameter(BeforeEvent event, Long copyId) {
        CopyDetail detail;
        try {
            detail = review.open(copyId);
        } catch (org.springframework.security.access.AccessDeniedException e) {
            // A copy sent to someone else and one that does not exist look the same: nothing tells which ids exist.
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        title = getTranslation("copy.title", detail.copy().parkName(), detail.copy().year(),
                detail.revision().number());
        add(new H2(title));
        add(new Span(getTranslation("copy.sentBy", detail.copy().senderName(),
                WHEN.format(detail.copy().sentAt().atZone(clock.getZone())))));
        if (detail.copy().note() != null) {
            Paragraph note = new Paragraph(detail.copy().note());
            note.setId("copy-note-text");
            note.addClassName("copy-note");
            add(note);
        }
        add(new Paragraph(getTranslation("copy.readOnly")));
        if (detail.revision().number() > 1) {
            add(ReviewView.compareLink(detail.revision().reportId(), detail.revision().number() - 1,
                    detail.revision().number(), getTranslation("review.history.compareWithPrevious"),
                    "review/copy/" + copyId));
        }
        add(new RevisionForm(detail.revision().form(), Map.of(), null));
        add(new ReviewAttachmentsPanel(records, detail.revision().reportId(), clock.getZone()));
        Anchor back = new Anchor(manager ? "review/overview/copies" : "inbox/copies", getTranslation("copy.back"));
        back.getElement().setAttribute("router-link", true);
        add(back);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
