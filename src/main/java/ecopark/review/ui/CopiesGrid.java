package ecopark.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import ecopark.base.ui.component.PersonName;
import ecopark.review.service.CopyItem;
import ecopark.review.service.ReviewCopies;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** What colleagues copied to the user (抄送我的), newest first, unread ones marked; a click opens the revision. */
class CopiesGrid extends Grid<CopyItem> {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    CopiesGrid(ReviewCopies review, ZoneId zone) {
        setId("inbox-copies");
        addComponentColumn(this::park).setHeader(getTranslation("inbox.park")).setFlexGrow(3);
        addColumn(CopyItem::year).setHeader(getTranslation("inbox.year")).setFlexGrow(0).setWidth("7em");
        addColumn(c -> getTranslation("inbox.revision", c.revisionNumber()))
                .setHeader(getTranslation("inbox.revisionHeader")).setFlexGrow(0).setWidth("7em");
        addColumn(c -> PersonName.of(null, c.senderName())).setHeader(getTranslation("inbox.copies.sender"));
        addColumn(c -> c.note() == null ? "" : c.note()).setHeader(getTranslation("inbox.copies.note"))
                .setFlexGrow(3);
        addColumn(c -> WHEN.format(c.sentAt().atZone(zone))).setHeader(getTranslation("inbox.copies.sentAt"));
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        setEmptyStateText(getTranslation("inbox.copies.empty"));
        setItems(query -> review.copiedToMe(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(CopyView.class, e.getItem().id())));
    }

    private Component park(CopyItem copy) {
        Span park = new Span(copy.parkName());
        if (!copy.read()) {
            park.addClassName("unread");
            park.getElement().setAttribute("title", getTranslation("inbox.copies.unread"));
        }
        return park;
    }
}
