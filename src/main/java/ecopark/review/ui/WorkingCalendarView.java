package ecopark.review.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import ecopark.base.ui.component.DatePickers;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import ecopark.base.domain.BusinessRuleException;
import ecopark.base.ui.component.TextLimits;
import ecopark.base.domain.ConcurrentEditException;
import ecopark.base.ui.component.StatusBadge;
import ecopark.review.domain.CalendarDay;
import ecopark.review.domain.SubmissionDeadline;
import ecopark.review.service.WorkingCalendarService;
import ecopark.security.AppRole;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Map;

/**
 * The calendar that review due dates are counted in, for administrators: the public holidays and make-up workdays
 * (调休上班) of a year, and the yearly submission deadlines of the annual reports that park staff count down to.
 */
@Route("admin/calendar")
@Menu(order = 93, title = "nav.admin.calendar", icon = "vaadin:calendar")
@RolesAllowed(AppRole.ADMIN_NAME)
public class WorkingCalendarView extends VerticalLayout implements HasDynamicTitle {

    private final WorkingCalendarService service;

    final IntegerField year = new IntegerField();
    final Grid<CalendarDay> days = new Grid<>();
    final Grid<SubmissionDeadline> deadlines = new Grid<>();

    private final Dialog dayDialog = new Dialog();
    final DatePicker date = new DatePicker();
    final RadioButtonGroup<CalendarDay.Kind> kind = new RadioButtonGroup<>();
    final TextField name = new TextField();
    private final Binder<CalendarDay> dayBinder = new Binder<>();
    private CalendarDay editingDay;

    private final Dialog deadlineDialog = new Dialog();
    final IntegerField reportYear = new IntegerField();
    final DatePicker deadline = new DatePicker();
    private final Binder<SubmissionDeadline> deadlineBinder = new Binder<>();
    private SubmissionDeadline editingDeadline;

    public WorkingCalendarView(WorkingCalendarService service, Clock clock) {
        this.service = service;
        addClassName("working-calendar");
        setSizeFull();

        int thisYear = LocalDate.now(clock).getYear();
        year.setLabel(getTranslation("calendar.year"));
        year.setId("calendar-year");
        year.setValue(thisYear);
        year.setMin(WorkingCalendarService.MIN_YEAR);
        year.setMax(WorkingCalendarService.MAX_YEAR);
        year.setStepButtonsVisible(true);
        year.addValueChangeListener(e -> {
            if (e.getValue() != null && e.getValue() >= WorkingCalendarService.MIN_YEAR
                    && e.getValue() <= WorkingCalendarService.MAX_YEAR) {
                refreshDays();
            }
        });
        Button addDay = new Button(getTranslation("calendar.add"), VaadinIcon.PLUS.create(),
                e -> openDay(new CalendarDay(null, CalendarDay.Kind.HOLIDAY, null)));
        addDay.setId("add-calendar-day");
        addDay.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout dayBar = new HorizontalLayout(year, addDay);
        dayBar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        Paragraph dayHint = new Paragraph(getTranslation("calendar.hint"));
        dayHint.addClassName("hint");

        configureDays();
        configureDeadlines();
        buildDayDialog();
        buildDeadlineDialog();

        Button addDeadline = new Button(getTranslation("calendar.deadline.add"), VaadinIcon.PLUS.create(),
                e -> openDeadline(new SubmissionDeadline(thisYear - 1, null)));
        addDeadline.setId("add-deadline");
        Paragraph deadlineHint = new Paragraph(service.defaultDeadline()
                .map(d -> getTranslation("calendar.deadline.hint.default", DateTimeFormatter.ofPattern(
                        getTranslation("calendar.deadline.monthDayPattern"), getLocale()).format(d)))
                .orElseGet(() -> getTranslation("calendar.deadline.hint.none")));
        deadlineHint.addClassName("hint");

        add(new H3(getTranslation("calendar.title")), dayBar, dayHint, days,
                new H3(getTranslation("calendar.deadline.title")), deadlineHint, addDeadline, deadlines);
        setFlexGrow(2, days);
        setFlexGrow(1, deadlines);
        refreshDays();
        refreshDeadlines();
    }

    private void configureDays() {
        days.addColumn(d -> d.getDate() + " " + weekday(d.getDate())).setHeader(getTranslation("calendar.date"))
                .setAutoWidth(true).setFlexGrow(0);
        days.addComponentColumn(d -> new StatusBadge(getTranslation(d.getKind().labelKey()),
                        d.getKind().isWorking() ? StatusBadge.Tone.WARNING : StatusBadge.Tone.SUCCESS))
                .setHeader(getTranslation("calendar.kind")).setAutoWidth(true).setFlexGrow(0);
        days.addColumn(CalendarDay::getName).setHeader(getTranslation("calendar.name")).setFlexGrow(1);
        days.addComponentColumn(d -> actions(() -> openDay(d), () -> confirmRemove(d))).setAutoWidth(true)
                .setFlexGrow(0).setKey("actions");
        days.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        days.setEmptyStateText(getTranslation("calendar.empty"));
        days.setMinHeight("12em");
    }

    private void configureDeadlines() {
        deadlines.addColumn(SubmissionDeadline::getReportYear).setHeader(getTranslation("calendar.deadline.year"))
                .setAutoWidth(true).setFlexGrow(0);
        deadlines.addColumn(d -> d.getDeadline() + " " + weekday(d.getDeadline()))
                .setHeader(getTranslation("calendar.deadline.date")).setFlexGrow(1);
        deadlines.addComponentColumn(d -> actions(() -> openDeadline(d), () -> confirmRemove(d))).setAutoWidth(true)
                .setFlexGrow(0).setKey("actions");
        deadlines.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        deadlines.setEmptyStateText(getTranslation("calendar.deadline.empty"));
        deadlines.setMinHeight("8em");
    }

    private HorizontalLayout actions(Runnable edit, Runnable remove) {
        Button editButton = new Button(getTranslation("calendar.edit"), VaadinIcon.EDIT.create(), e -> edit.run());
        editButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        Button removeButton = new Button(getTranslation("calendar.remove"), VaadinIcon.TRASH.create(),
                e -> remove.run());
        removeButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        return new HorizontalLayout(editButton, removeButton);
    }

    private void buildDayDialog() {
        date.setLabel(getTranslation("calendar.date"));
        date.setId("calendar-date");
        DatePickers.configure(date);
        kind.setLabel(getTranslation("calendar.kind"));
        kind.setItems(CalendarDay.Kind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
        name.setLabel(getTranslation("calendar.name"));
        name.setId("calendar-name");
        // No maxlength (a browser cuts a longer paste silently): the validator says the limit at the field.
        name.setPlaceholder(getTranslation("calendar.name.placeholder"));
        dayBinder.forField(date).asRequired(getTranslation("calendar.error.dateRequired"))
                .withValidator(d -> kind.getValue() != CalendarDay.Kind.WORKDAY || CalendarDay.isWeekend(d),
                        getTranslation("calendar.error.workdayNotWeekend"))
                .bind(CalendarDay::getDate, CalendarDay::setDate);
        dayBinder.forField(kind).asRequired(getTranslation("calendar.error.kindRequired"))
                .bind(CalendarDay::getKind, CalendarDay::setKind);
        dayBinder.forField(name).asRequired(getTranslation("calendar.error.nameRequired"))
                .withValidator(TextLimits.atMost(name, CalendarDay.NAME_MAX_LENGTH))
                .bind(CalendarDay::getName, CalendarDay::setName);
        kind.addValueChangeListener(e -> {
            if (date.getValue() != null) {
                dayBinder.validate();
            }
        });
        FormLayout form = new FormLayout(date, kind, name);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        dayDialog.add(form);
        dayDialog.setWidth("min(28em, 95vw)");
        dayDialog.setCloseOnOutsideClick(false);
        Button save = new Button(getTranslation("action.save"), e -> saveDay());
        save.setId("save-calendar-day");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dayDialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dayDialog.close()), save);
    }

    private void buildDeadlineDialog() {
        reportYear.setLabel(getTranslation("calendar.deadline.year"));
        reportYear.setId("deadline-year");
        reportYear.setMin(WorkingCalendarService.MIN_YEAR);
        reportYear.setMax(WorkingCalendarService.MAX_YEAR);
        reportYear.setStepButtonsVisible(true);
        deadline.setLabel(getTranslation("calendar.deadline.date"));
        deadline.setId("deadline-date");
        DatePickers.configure(deadline);
        deadlineBinder.forField(reportYear).asRequired(getTranslation("calendar.deadline.error.yearRequired"))
                .bind(SubmissionDeadline::getReportYear, SubmissionDeadline::setReportYear);
        deadlineBinder.forField(deadline).asRequired(getTranslation("calendar.deadline.error.dateRequired"))
                .withValidator((d, context) -> reportYear.getValue() == null || d.getYear() > reportYear.getValue()
                        ? ValidationResult.ok() : ValidationResult.error(getTranslation(
                                "calendar.deadline.error.withinYear", String.valueOf(reportYear.getValue()))))
                .bind(SubmissionDeadline::getDeadline, SubmissionDeadline::setDeadline);
        FormLayout form = new FormLayout(reportYear, deadline);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        deadlineDialog.add(form);
        deadlineDialog.setWidth("min(24em, 95vw)");
        deadlineDialog.setCloseOnOutsideClick(false);
        Button save = new Button(getTranslation("action.save"), e -> saveDeadline());
        save.setId("save-deadline");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        deadlineDialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> deadlineDialog.close()),
                save);
    }

    private void openDay(CalendarDay day) {
        editingDay = day;
        dayDialog.setHeaderTitle(day.isNew() ? getTranslation("calendar.add")
                : getTranslation("calendar.editTitle", day.getDate().toString()));
        dayBinder.readBean(day);
        if (day.isNew() && year.getValue() != null) {
            date.setInitialPosition(LocalDate.of(year.getValue(), 1, 1));
        }
        dayDialog.open();
        date.focus();
    }

    private void openDeadline(SubmissionDeadline value) {
        editingDeadline = value;
        deadlineDialog.setHeaderTitle(value.isNew() ? getTranslation("calendar.deadline.add")
                : getTranslation("calendar.deadline.editTitle", String.valueOf(value.getReportYear())));
        deadlineBinder.readBean(value);
        deadlineDialog.open();
    }

    private void saveDay() {
        if (!dayBinder.writeBeanIfValid(editingDay)) {
            return;
        }
        try {
            CalendarDay saved = service.save(editingDay);
            dayDialog.close();
            year.setValue(saved.getDate().getYear());
            refreshDays();
            success(getTranslation("calendar.saved", saved.getDate().toString(), saved.getName()));
        } catch (BusinessRuleException e) {
            showError(e, Map.of("calendar.error.dateRequired", date, "calendar.error.duplicate", date,
                    "calendar.error.workdayNotWeekend", date, "calendar.error.kindRequired", kind,
                    "calendar.error.nameRequired", name, "calendar.error.nameTooLong", name));
        }
    }

    private void saveDeadline() {
        if (!deadlineBinder.writeBeanIfValid(editingDeadline)) {
            return;
        }
        try {
            SubmissionDeadline saved = service.save(editingDeadline);
            deadlineDialog.close();
            refreshDeadlines();
            success(getTranslation("calendar.deadline.saved", String.valueOf(saved.getReportYear()),
                    saved.getDeadline().toString()));
        } catch (BusinessRuleException e) {
            showError(e, Map.of("calendar.deadline.error.yearRequired", reportYear,
                    "calendar.deadline.error.yearRange", reportYear, "calendar.deadline.error.duplicate", reportYear,
                    "calendar.deadline.error.dateRequired", deadline, "calendar.deadline.error.withinYear",
                    deadline));
        }
    }

    private void confirmRemove(CalendarDay day) {
        confirm(getTranslation("calendar.remove.confirm", day.getDate().toString(), day.getName()), () -> {
            service.remove(day.getId(), day.getVersion());
            refreshDays();
        });
    }

    private void confirmRemove(SubmissionDeadline value) {
        confirm(getTranslation("calendar.deadline.remove.confirm", String.valueOf(value.getReportYear())), () -> {
            service.removeDeadline(value.getId(), value.getVersion());
            refreshDeadlines();
        });
    }

    private void confirm(String text, Runnable action) {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("calendar.remove"), text,
                getTranslation("calendar.remove"), e -> {
                    try {
                        action.run();
                    } catch (ConcurrentEditException ex) {
                        refreshDays();
                        refreshDeadlines();
                        error(getTranslation("calendar.error.changedMeanwhile"));
                    } catch (BusinessRuleException ex) {
                        refreshDays();
                        refreshDeadlines();
                        error(getTranslation(ex.messageKey(), ex.args()));
                    }
                });
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.open();
    }

    /** A refusal next to the field it concerns; anything else (a concurrent edit) as a notification. */
    private void showError(BusinessRuleException e, Map<String, HasValidation> fields) {
        String message = getTranslation(e.messageKey(), e.args());
        HasValidation field = fields.get(e.messageKey());
        if (field != null) {
            field.setErrorMessage(message);
            field.setInvalid(true);
        } else {
            error(message);
        }
    }

    private void success(String message) {
        Notification.show(message, 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private void error(String message) {
        Notification.show(message, 8000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private void refreshDays() {
        if (year.getValue() != null) {
            days.setItems(service.days(year.getValue()));
        }
    }

    private void refreshDeadlines() {
        deadlines.setItems(service.deadlines());
    }

    private String weekday(LocalDate day) {
        return day.getDayOfWeek().getDisplayName(TextStyle.SHORT, getLocale());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.admin.calendar");
    }
}
