package ecopark.forwarding.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import ecopark.base.domain.BusinessRuleException;
import ecopark.base.domain.FieldProblem;
import ecopark.base.domain.FieldProblemsException;
import ecopark.base.ui.component.StatusBadge;
import ecopark.forwarding.domain.PackageStatus;
import ecopark.forwarding.service.PackagePreview;
import ecopark.forwarding.service.PackageRecord;
import ecopark.forwarding.service.PackageRequest;
import ecopark.forwarding.service.ProvincePackages;
import ecopark.security.AppRole;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 汇总报送 for a province's manager: the year's notice and deadline, what the package would hold (forms with their
 * deliverables, the parks missing with an editable reason each), the cover letter's fields and the button that
 * builds, signs and sends it; afterwards its status, downloads, the versions sent and a returned one's comment. The
 * national office's manager is taken to the provinces' list; other managers are told whom the page is for.
 */
@Route("forwarding")
@Menu(order = 4, title = "nav.forwarding", icon = "vaadin:paperplane")
@RolesAllowed(AppRole.MANAGER_NAME)
public class ProvincePackageView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    final Select<Integer> year = new Select<>();
    final TextField letterNumber = new TextField();
    final TextField contactName = new TextField();
    final TextField contactPhone = new TextField();
    final EmailField contactEmail = new EmailField();
    final Map<Long, TextField> reasons = new LinkedHashMap<>();
    final Button send = new Button();
    final Div content = new Div();
    ConfirmDialog confirm;

    private final ProvincePackages packages;
    private final Clock clock;
    private final Optional<Long> province;
    private PackagePreview preview;

    public ProvincePackageView(ProvincePackages packages, Clock clock) {
        this.packages = packages;
        this.clock = clock;
        this.province = packages.preparingProvince();
        addClassName("province-package-view");
        setWidthFull();
        setMaxWidth("1200px");
        add(new H3(getTranslation("forwarding.title")));
        if (province.isEmpty()) {
            add(new Paragraph(getTranslation("forwarding.notForYou")));
            return;
        }
        List<Integer> years = packages.years();
        year.setLabel(getTranslation("forwarding.year"));
        year.setId("package-year");
        int lastYear = LocalDate.now(clock).getYear() - 1;
        List<Integer> choices = new ArrayList<>(years);
        if (choices.isEmpty()) {
            choices.add(lastYear);
        }
        year.setItems(choices);
        year.setValue(choices.get(0));
        year.addValueChangeListener(e -> refresh());
        send.addClickListener(e -> askToSend());
        content.setWidthFull();
        add(year, content);
        refresh();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (province.isEmpty() && packages.mayReceive()) {
            event.forwardTo(ReceivedPackagesView.class);
        }
    }

    void refresh() {
        content.removeAll();
        reasons.clear();
        preview = null;
        int reportYear = year.getValue();
        List<PackageRecord> history = packages.history(province.orElseThrow(), reportYear);
        Optional<PackageRecord> latest = history.stream().findFirst();
        latest.filter(p -> p.status() == PackageStatus.RETURNED).ifPresent(this::showReturned);
        latest.filter(p -> p.status() == PackageStatus.SENT).ifPresent(this::showSent);
        if (latest.isEmpty() || latest.get().status() == PackageStatus.RETURNED) {
            try {
                preview = packages.preview(province.get(), reportYear);
                showPreview();
                // After a return the contact stays the same: offer the last letter's (the letter number is new).
                latest.ifPresent(returned -> {
                    contactName.setValue(Optional.ofNullable(returned.contactName()).orElse(""));
                    contactPhone.setValue(Optional.ofNullable(returned.contactPhone()).orElse(""));
                    contactEmail.setValue(Optional.ofNullable(returned.contactEmail()).orElse(""));
                });
            } catch (BusinessRuleException e) {
                Paragraph none = new Paragraph(getTranslation(e.messageKey(), e.args()));
                none.setId("package-refused");
                content.add(none);
            }
        }
        showHistory(history);
    }

    private void showReturned(PackageRecord returned) {
        Div box = new Div();
        box.setId("package-returned");
        box.getStyle().set("border-left", "4px solid var(--lumo-error-color)").set("padding", "var(--lumo-space-s)")
                .set("background", "var(--lumo-error-color-10pct)").set("margin-bottom", "var(--lumo-space-m)");
        box.add(new H4(getTranslation("forwarding.returned.heading", returned.sequence(),
                returned.returnedByName(), when(returned.returnedAt()))));
        Paragraph comment = new Paragraph(returned.returnComment());
        comment.getStyle().set("white-space", "pre-wrap").set("font-weight", "600");
        box.add(comment, new Paragraph(getTranslation("forwarding.returned.again", returned.sequence() + 1)));
        content.add(box);
    }

    private void showSent(PackageRecord sent) {
        content.add(new H4(getTranslation("forwarding.latest.heading")));
        Div line = new Div();
        line.setId("package-status");
        line.add(new StatusBadge(getTranslation("forwarding.status.SENT"), StatusBadge.Tone.SUCCESS), new Span(" "
                + getTranslation("forwarding.latest.status", sent.sequence(), sent.letterNumber(),
                        when(sent.sentAt()))));
        if (sent.late()) {
            line.add(new Span(" "), new StatusBadge(getTranslation("forwarding.late"), StatusBadge.Tone.ERROR));
        }
        content.add(line, new PackageDownloads(packages, sent, true));
    }

    private void showPreview() {
        var notice = preview.notice();
        Paragraph noticeLine = new Paragraph(getTranslation("forwarding.notice", notice.title(),
                notice.documentNumber()));
        Div deadline = new Div(new Span(getTranslation("forwarding.deadline", notice.provincesDeadline()) + " "));
        deadline.setId("package-deadline");
        long days = ChronoUnit.DAYS.between(LocalDate.now(clock), notice.provincesDeadline());
        deadline.add(days < 0 ? new StatusBadge(getTranslation("forwarding.overdue", -days), StatusBadge.Tone.ERROR)
                : days == 0 ? new StatusBadge(getTranslation("forwarding.dueToday"), StatusBadge.Tone.WARNING)
                : new StatusBadge(getTranslation("forwarding.daysLeft", days), StatusBadge.Tone.INFO));
        content.add(noticeLine, deadline);

        content.add(new H4(getTranslation("forwarding.forms.heading", preview.forms().size())));
        Grid<PackagePreview.Form> forms = new Grid<>();
        forms.setId("package-forms");
        forms.addColumn(PackagePreview.Form::parkName).setHeader(getTranslation("forwarding.column.park"))
                .setAutoWidth(true).setFlexGrow(1);
        forms.addColumn(PackagePreview.Form::revision).setHeader(getTranslation("forwarding.column.revision"))
                .setAutoWidth(true).setFlexGrow(0);
        forms.addColumn(f -> f.contentHash().substring(0, 12) + "…").setHeader(getTranslation(
                "forwarding.column.hash")).setAutoWidth(true).setFlexGrow(0);
        forms.addColumn(this::deliverables).setHeader(getTranslation("forwarding.column.deliverables"))
                .setFlexGrow(1);
        forms.setItems(preview.forms());
        forms.setAllRowsVisible(true);
        forms.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        forms.setEmptyStateText(getTranslation("forwarding.forms.empty"));
        content.add(forms);
        if (preview.lacksRequiredDeliverables()) {
            content.add(new Paragraph(getTranslation("forwarding.lacksRequired")));
        }

        content.add(new H4(getTranslation("forwarding.missing.heading", preview.missing().size())));
        if (preview.missing().isEmpty()) {
            content.add(new Paragraph(getTranslation("forwarding.missing.empty")));
        }
        FormLayout missing = new FormLayout();
        missing.setId("package-missing");
        missing.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("700px", 2));
        for (PackagePreview.MissingCandidate park : preview.missing()) {
            TextField reason = new TextField(getTranslation("forwarding.reasonFor", park.parkName()));
            reason.setValue(park.suggestedReason());
            reason.setMaxLength(500);
            reason.setRequiredIndicatorVisible(true);
            reason.setWidthFull();
            reasons.put(park.parkId(), reason);
            missing.add(reason);
        }
        content.add(missing);

        content.add(new H4(getTranslation("forwarding.letter.heading")));
        letterNumber.setLabel(getTranslation("forwarding.letter.number"));
        letterNumber.setMaxLength(100);
        contactName.setLabel(getTranslation("forwarding.letter.contactName"));
        contactName.setMaxLength(50);
        contactPhone.setLabel(getTranslation("forwarding.letter.contactPhone"));
        contactPhone.setMaxLength(50);
        contactEmail.setLabel(getTranslation("forwarding.letter.contactEmail"));
        contactEmail.setMaxLength(100);
        letterNumber.setId("package-letter-number");
        contactName.setId("package-contact-name");
        contactPhone.setId("package-contact-phone");
        contactEmail.setId("package-contact-email");
        for (TextField required : List.of(letterNumber, contactName, contactPhone)) {
            required.setRequiredIndicatorVisible(true);
        }
        FormLayout letter = new FormLayout(letterNumber, contactName, contactPhone, contactEmail);
        letter.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("700px", 2));
        Paragraph date = new Paragraph(getTranslation("forwarding.letter.date", LocalDate.now(clock)));
        send.setText(getTranslation("forwarding.send"));
        send.setIcon(VaadinIcon.PAPERPLANE.create());
        send.setId("package-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        content.add(letter, date, send);
    }

    private String deliverables(PackagePreview.Form form) {
        if (form.deliverables().isEmpty()) {
            return getTranslation("forwarding.deliverable.none");
        }
        return String.join("\n", form.deliverables().stream().map(d -> getTranslation(d.present()
                ? "forwarding.deliverable.present" : "forwarding.deliverable.absent",
                d.deliverable().in(getLocale()))).toList());
    }

    private void showHistory(List<PackageRecord> history) {
        content.add(new H4(getTranslation("forwarding.history.heading")));
        if (history.isEmpty()) {
            content.add(new Paragraph(getTranslation("forwarding.history.empty")));
            return;
        }
        VerticalLayout list = new VerticalLayout();
        list.setPadding(false);
        list.setId("package-history");
        for (PackageRecord record : history) {
            Div line = new Div(new Span(getTranslation("forwarding.history.line", record.sequence(),
                    getTranslation("forwarding.status." + record.status().name()), record.letterNumber(),
                    when(record.sentAt()))));
            if (record.late()) {
                line.add(new Span(" "), new StatusBadge(getTranslation("forwarding.late"), StatusBadge.Tone.ERROR));
            }
            list.add(line, new PackageDownloads(packages, record, false));
        }
        content.add(list);
    }

    /** Opens the confirmation; the package is built and sent only when it is confirmed. */
    void askToSend() {
        clearProblems();
        try {
            packages.validate(province.orElseThrow(), request());
        } catch (FieldProblemsException e) {
            showProblems(e);
            return;
        } catch (BusinessRuleException e) {
            refused(e);
            return;
        }
        confirm = new ConfirmDialog(getTranslation("forwarding.send.confirmTitle"),
                getTranslation("forwarding.send.confirm", preview.reportYear(), preview.forms().size(),
                        preview.missing().size()), getTranslation("forwarding.send"), e -> sendNow());
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.open();
    }

    void sendNow() {
        clearProblems();
        try {
            PackageRecord sent = packages.send(province.orElseThrow(), request());
            Notification.show(getTranslation("forwarding.send.done", sent.reportYear(), sent.sequence()), 5000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refresh();
        } catch (FieldProblemsException e) {
            showProblems(e);
        } catch (BusinessRuleException e) {
            refused(e);
        }
    }

    private PackageRequest request() {
        Map<Long, String> given = new HashMap<>();
        reasons.forEach((park, field) -> given.put(park, field.getValue()));
        return new PackageRequest(preview.reportYear(), letterNumber.getValue(), contactName.getValue(),
                contactPhone.getValue(), contactEmail.getValue(), given);
    }

    private void clearProblems() {
        List<TextField> fields = new ArrayList<>(List.of(letterNumber, contactName, contactPhone));
        fields.addAll(reasons.values());
        fields.forEach(f -> f.setInvalid(false));
        contactEmail.setInvalid(false);
    }

    private void showProblems(FieldProblemsException e) {
        for (FieldProblem problem : e.problems()) {
            String message = getTranslation(problem.key(), problem.args().toArray());
            switch (problem.field()) {
                case "letterNumber" -> invalid(letterNumber, message);
                case "contactName" -> invalid(contactName, message);
                case "contactPhone" -> invalid(contactPhone, message);
                case "contactEmail" -> {
                    contactEmail.setErrorMessage(message);
                    contactEmail.setInvalid(true);
                }
                default -> Optional.ofNullable(reasons.get(Long.valueOf(problem.field().substring(
                        "reason.".length())))).ifPresent(f -> invalid(f, message));
            }
        }
    }

    private void refused(BusinessRuleException e) {
        Notification.show(getTranslation(e.messageKey(), e.args()), 8000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private static void invalid(TextField field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    private String when(java.time.Instant instant) {
        return instant == null ? "" : WHEN.format(instant.atZone(clock.getZone()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.forwarding");
    }
}
