package ecopark.forwarding.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import ecopark.base.domain.BusinessRuleException;
import ecopark.base.domain.FieldProblem;
import ecopark.base.domain.FieldProblemsException;
import ecopark.base.ui.component.PhoneColumns;
import ecopark.base.ui.component.StatusBadge;
import ecopark.forwarding.service.ProvincePackages;
import ecopark.forwarding.service.ProvinceReceipt;
import ecopark.forwarding.service.ReceiptStatus;
import java.time.Clock;

/**
 * The provinces' packages of one report year as the national office receives them: each province's status (未报送,
 * 已报送, 逾期报送, 已退回), when it sent, how many forms and missing parks, the downloads, and 退回 with a comment.
 * Shown by {@link ReceivedPackagesView} and as the desk's 报送包 tab.
 */
class ReceivedPackagesPanel extends Div {

    final Grid<ProvinceReceipt> grid = new Grid<>();
    Dialog dialog;
    TextArea comment;
    Button confirmReturn;

    private final ProvincePackages packages;
    private final Clock clock;
    private int reportYear;

    ReceivedPackagesPanel(ProvincePackages packages, Clock clock) {
        this.packages = packages;
        this.clock = clock;
        addClassName("received-packages");
        setWidthFull();
        grid.setId("received-packages");
        grid.addColumn(ProvinceReceipt::provinceName).setHeader(getTranslation("forwarding.column.province"))
                .setAutoWidth(true).setFlexGrow(1);
        grid.addComponentColumn(this::status).setHeader(getTranslation("forwarding.column.status"))
                .setAutoWidth(true).setFlexGrow(0);
        Grid.Column<ProvinceReceipt> sentAt = grid.addColumn(r -> r.latest() == null ? ""
                : ProvincePackageView.WHEN.format(r.latest().sentAt().atZone(clock.getZone())))
                .setHeader(getTranslation("forwarding.column.sentAt")).setAutoWidth(true).setFlexGrow(0);
        Grid.Column<ProvinceReceipt> counts = grid.addColumn(r -> r.latest() == null ? ""
                : getTranslation("forwarding.counts", r.latest().forms().size(), r.latest().missing().size()))
                .setHeader(getTranslation("forwarding.column.counts")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("forwarding.column.actions"))
                .setAutoWidth(true).setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        // A phone keeps province, status and the actions (downloads, 退回); the sent time and counts are secondary.
        PhoneColumns.hideOnPhone(grid, sentAt, counts);
        add(grid);
    }

    /** Shows the packages of the report year. */
    void show(int reportYear) {
        this.reportYear = reportYear;
        refresh();
    }

    void refresh() {
        grid.setItems(packages.received(reportYear));
    }

    private Component status(ProvinceReceipt row) {
        StatusBadge.Tone tone = switch (row.status()) {
            case MISSING -> StatusBadge.Tone.NEUTRAL;
            case RECEIVED -> StatusBadge.Tone.SUCCESS;
            case LATE -> StatusBadge.Tone.WARNING;
            case RETURNED -> StatusBadge.Tone.ERROR;
        };
        StatusBadge badge = new StatusBadge(getTranslation(row.status().labelKey()), tone);
        if (!row.overdue()) {
            return badge;
        }
        // Past the provinces' deadline with no package standing: the national office chases these first.
        Div cell = new Div(badge, new Span(" "), new StatusBadge(getTranslation("forwarding.overdueMissing"),
                StatusBadge.Tone.ERROR));
        cell.addClassName("receipt-status");
        return cell;
    }

    private Component actions(ProvinceReceipt row) {
        if (row.latest() == null) {
            return new Span();
        }
        Div box = new Div(new PackageDownloads(packages, row.latest(), false));
        if (row.status() == ReceiptStatus.RECEIVED || row.status() == ReceiptStatus.LATE) {
            Button back = new Button(getTranslation("forwarding.return"), VaadinIcon.ARROW_BACKWARD.create(),
                    e -> openReturn(row));
            back.setId("return-" + row.provinceId());
            back.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            box.add(back);
        }
        return box;
    }

    void openReturn(ProvinceReceipt row) {
        dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("forwarding.return.title", row.provinceName(), row.latest().reportYear()));
        dialog.setWidth("min(600px, 95vw)");
        comment = new TextArea(getTranslation("forwarding.return.comment"));
        comment.setId("return-comment");
        comment.setWidthFull();
        comment.setMinHeight("8em");
        comment.setMaxLength(2000);
        comment.setRequiredIndicatorVisible(true);
        dialog.add(comment);
        Button cancel = new Button(getTranslation("action.cancel"), e -> dialog.close());
        confirmReturn = new Button(getTranslation("forwarding.return"), VaadinIcon.ARROW_BACKWARD.create(),
                e -> returnNow(row));
        confirmReturn.setId("confirm-return");
        confirmReturn.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.getFooter().add(cancel, confirmReturn);
        dialog.open();
    }

    private void returnNow(ProvinceReceipt row) {
        try {
            packages.returnPackage(row.latest().id(), comment.getValue());
            dialog.close();
            refresh();
            Notification.show(getTranslation("forwarding.return.done", row.provinceName()), 4000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (FieldProblemsException e) {
            FieldProblem problem = e.problems().get(0);
            comment.setErrorMessage(getTranslation(problem.key(), problem.args().toArray()));
            comment.setInvalid(true);
        } catch (BusinessRuleException e) {
            Notification.show(getTranslation(e.messageKey(), e.args()), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
