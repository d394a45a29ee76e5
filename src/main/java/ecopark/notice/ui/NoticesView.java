package ecopark.notice.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import ecopark.base.domain.BusinessRuleException;
import ecopark.base.domain.FieldProblemsException;
import ecopark.base.ui.component.PhoneColumns;
import ecopark.notice.service.AnnualNotices;
import ecopark.notice.service.NoticeView;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The annual notices (年度通知): everyone signed in reads them; the national office issues a notice for a report year
 * and edits it, with its deliverables and topics as rows. Refusals are shown at their fields; nothing is saved then.
 */
@Route("notices")
@Menu(order = 5, title = "nav.notices", icon = "vaadin:megaphone")
@PermitAll
public class NoticesView extends VerticalLayout implements HasDynamicTitle {

    final Grid<NoticeView> grid = new Grid<>();
    final Button issue = new Button();
    private final AnnualNotices notices;
    private final Clock clock;
    private final boolean mayIssue;
    Dialog dialog;
    NoticeForm form;

    public NoticesView(AnnualNotices notices, Clock clock) {
        this.notices = notices;
        this.clock = clock;
        this.mayIssue = notices.mayIssue();
        addClassName("notices-view");
        setSizeFull();
        issue.setText(getTranslation("notice.issue"));
        issue.setIcon(VaadinIcon.PLUS.create());
        issue.setId("issue-notice");
        issue.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        issue.setVisible(mayIssue);
        issue.addClickListener(e -> open(null));
        // Fixed widths for the short values, the rest to the title; headers and long values wrap. A phone keeps year,
        // number, title and the parks' deadline.
        grid.addColumn(NoticeView::reportYear).setHeader(getTranslation("notice.reportYear")).setWidth("6em")
                .setFlexGrow(0).setKey("year");
        grid.addColumn(NoticeView::documentNumber).setHeader(getTranslation("notice.documentNumber"))
                .setWidth("11em").setFlexGrow(1).setKey("number");
        grid.addColumn(NoticeView::title).setHeader(getTranslation("notice.title")).setWidth("14em").setFlexGrow(4)
                .setKey("title");
        grid.addColumn(n -> n.parksDeadline().toString()).setHeader(getTranslation("notice.parksDeadline"))
                .setWidth("8.5em").setFlexGrow(0).setKey("parksDeadline");
        Grid.Column<NoticeView> provinces = grid.addColumn(n -> n.provincesDeadline().toString())
                .setHeader(getTranslation("notice.provincesDeadline")).setWidth("8.5em").setFlexGrow(0)
                .setKey("provincesDeadline");
        Grid.Column<NoticeView> requirements = grid.addColumn(n -> getTranslation("notice.counts",
                n.deliverables().size(), n.topics().size())).setHeader(getTranslation("notice.requirements"))
                .setWidth("9em").setFlexGrow(0).setKey("requirements");
        PhoneColumns.hideOnPhone(grid, provinces, requirements);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addItemClickListener(e -> open(e.getItem()));
        grid.setEmptyStateText(getTranslation("notice.empty"));
        Paragraph hint = new Paragraph(getTranslation(mayIssue ? "notice.hint.issuer" : "notice.hint.reader"));
        hint.addClassName("hint");
        add(new H3(getTranslation("notice.heading")), hint, issue, grid);
        refresh();
    }

    private void refresh() {
        List<NoticeView> all = notices.all();
        grid.setItems(all);
    }

    /** The form of a notice (null: a new one for last year's reports), editable for the national office only. */
    void open(NoticeView notice) {
        form = new NoticeForm(mayIssue);
        if (notice != null) {
            form.read(notice);
        } else {
            int lastYear = LocalDate.now(clock).getYear() - 1;
            form.reportYear.setValue(lastYear);
            form.issuedOn.setValue(LocalDate.now(clock));
        }
        dialog = new Dialog();
        dialog.setHeaderTitle(notice == null ? getTranslation("notice.issue")
                : getTranslation("notice.editTitle", notice.reportYear(), notice.documentNumber()));
        dialog.setWidth("min(1000px, 95vw)");
        // Full screen on a phone (the theme's .notice-dialog rule); the form scrolls inside the dialog.
        dialog.addClassName("notice-dialog");
        dialog.add(form);
        Button close = new Button(getTranslation(mayIssue ? "action.cancel" : "action.close"), e -> dialog.close());
        if (mayIssue) {
            Button save = new Button(getTranslation(notice == null ? "notice.issue.save" : "action.save"),
                    VaadinIcon.CHECK.create(), e -> save());
            save.setId("save-notice");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            dialog.getFooter().add(close, save);
        } else {
            dialog.getFooter().add(close);
        }
        dialog.open();
    }

    private void save() {
        try {
            NoticeView saved = notices.save(form.draft());
            form.show(List.of());
            dialog.close();
            refresh();
            Notification.show(getTranslation("notice.saved", saved.reportYear(), saved.documentNumber()), 4000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (FieldProblemsException e) {
            form.show(e.problems());
        } catch (BusinessRuleException e) {
            Notification.show(getTranslation(e.messageKey(), e.args()), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.notices");
    }
}
