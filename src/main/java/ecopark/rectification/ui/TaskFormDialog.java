package ecopark.rectification.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import ecopark.base.ui.component.DatePickers;
import ecopark.base.ui.component.TextLimits;
import ecopark.base.domain.BusinessRuleException;
import ecopark.rectification.domain.RectificationSource;
import ecopark.rectification.domain.RectificationTask;
import ecopark.rectification.service.NewTask;
import ecopark.rectification.service.TaskCommands;
import ecopark.rectification.service.TaskQueries;
import ecopark.rectification.service.RoundItem;
import ecopark.rectification.service.TaskDetail;
import ecopark.rectification.service.TaskEdit;
import ecopark.security.OrganisationDirectory.OrgUnit;
import ecopark.security.service.AccountDirectory.Contact;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongConsumer;

/**
 * Registering a task, or correcting one: the fields check themselves as the user types, the service checks again
 * and its refusal appears next to the field concerned; what the user typed stays.
 */
class TaskFormDialog extends Dialog {

    private final TaskQueries registry;
    private final TaskCommands commands;
    private final TaskDetail existing;
    private final LongConsumer saved;

    private final ComboBox<OrgUnit> park = new ComboBox<>();
    private final Select<RectificationSource> source = new Select<>();
    private final ComboBox<RoundItem> round = new ComboBox<>();
    private final TextField title = new TextField();
    private final TextArea description = new TextArea();
    private final TextField unit = new TextField();
    private final TextField person = new TextField();
    private final ComboBox<Contact> account = new ComboBox<>();
    private final DatePicker assignedOn = DatePickers.configure(new DatePicker());
    private final DatePicker deadline = DatePickers.configure(new DatePicker());
    private final Span error = new Span();
    private final Binder<Form> binder = new Binder<>();
    private final List<RoundItem> rounds;

    /** A new task; {@code fixedPark} preselects (and, for staff, fixes) the park. */
    static TaskFormDialog create(TaskQueries registry, TaskCommands commands, Long fixedPark, boolean staff,
            LocalDate today,
            LongConsumer saved) {
        return new TaskFormDialog(registry, commands, null, fixedPark, staff, today, saved);
    }

    static TaskFormDialog edit(TaskQueries registry, TaskCommands commands, TaskDetail task,
            LongConsumer saved) {
        return new TaskFormDialog(registry, commands, task, task.parkId(), false, task.assignedOn(), saved);
    }

    private TaskFormDialog(TaskQueries registry, TaskCommands commands, TaskDetail existing, Long fixedPark, boolean staff,
            LocalDate today, LongConsumer saved) {
        this.registry = registry;
        this.commands = commands;
        this.existing = existing;
        this.saved = saved;
        this.rounds = registry.rounds();
        addClassName("task-form-dialog");
        setHeaderTitle(getTranslation(existing == null ? "rectification.new" : "rectification.edit"));
        setWidth("min(760px, 96vw)");

        park.setId("task-park");
        park.setLabel(getTranslation("rectification.field.park"));
        park.setItems(registry.parks());
        park.setItemLabelGenerator(OrgUnit::name);
        park.setRequired(true);
        source.setId("task-source");
        source.setLabel(getTranslation("rectification.field.source"));
        source.setItems(Arrays.stream(RectificationSource.values())
                .filter(s -> !staff || s.mayBeRegisteredByPark()).toList());
        source.setItemLabelGenerator(s -> s == null ? "" : getTranslation(s.labelKey()));
        round.setId("task-round");
        round.setLabel(getTranslation("rectification.field.round"));
        round.setItemLabelGenerator(RoundItem::name);
        round.setClearButtonVisible(true);
        title.setId("task-title");
        title.setLabel(getTranslation("rectification.field.title"));
        // No maxlength on the texts (a browser cuts a longer paste silently): validators say the limit.
        description.setId("task-description");
        description.setLabel(getTranslation("rectification.field.description"));
        description.setMinHeight("6em");
        unit.setId("task-unit");
        unit.setLabel(getTranslation("rectification.field.responsibleUnit"));
        person.setId("task-person");
        person.setLabel(getTranslation("rectification.field.responsiblePerson"));
        account.setId("task-account");
        account.setLabel(getTranslation("rectification.field.responsibleAccount"));
        account.setHelperText(getTranslation("rectification.field.responsibleAccount.help"));
        account.setItemLabelGenerator(c -> c.displayName() + " (" + c.username() + ")");
        account.setClearButtonVisible(true);
        assignedOn.setId("task-assigned-on");
        assignedOn.setLabel(getTranslation("rectification.field.assignedOn"));
        DatePickers.setMax(assignedOn, today);
        deadline.setId("task-deadline");
        deadline.setLabel(getTranslation("rectification.field.deadline"));
        error.addClassName("form-error");

        bind();
        park.addValueChangeListener(e -> parkChanged());
        source.addValueChangeListener(e -> refreshRounds());
        assignedOn.addValueChangeListener(e -> DatePickers.setMin(deadline, e.getValue()));

        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        form.add(park, source, round, assignedOn, title, description, unit, person, account, deadline);
        form.setColspan(title, 2);
        form.setColspan(description, 2);
        form.setColspan(round, existing == null ? 1 : 2);
        add(form, error);

        Form bean = new Form();
        if (existing == null) {
            bean.park = fixedPark == null ? null
                    : registry.parks().stream().filter(p -> p.id() == fixedPark).findFirst().orElse(null);
            bean.assignedOn = today;
            bean.source = staff ? RectificationSource.INTERNAL_CHECK : null;
            park.setReadOnly(staff && fixedPark != null);
        } else {
            bean.park = registry.parks().stream().filter(p -> p.id() == existing.parkId()).findFirst().orElse(null);
            bean.source = existing.source();
            bean.title = existing.title();
            bean.description = existing.description();
            bean.unit = existing.responsibleUnit();
            bean.person = existing.responsiblePerson();
            bean.assignedOn = existing.assignedOn();
            bean.deadline = existing.deadline();
            park.setReadOnly(true);
            source.setReadOnly(true);
            round.setReadOnly(true);
            assignedOn.setReadOnly(true);
            deadline.setReadOnly(true);
            deadline.setHelperText(getTranslation("rectification.edit.deadlineHint"));
        }
        binder.setBean(bean);
        parkChanged();
        if (existing != null) {
            rounds.stream().filter(r -> Objects.equals(r.id(), existing.roundId())).findFirst().ifPresent(round::setValue);
            account.getListDataView().getItems().filter(c -> c.username().equals(existing.responsibleUsername()))
                    .findFirst().ifPresent(account::setValue);
        }

        Button save = new Button(getTranslation("action.save"), e -> save());
        save.setId("task-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, save);
    }

    private void bind() {
        String required = getTranslation("validation.required");
        binder.forField(park).asRequired(required).bind(f -> f.park, (f, v) -> f.park = v);
        binder.forField(source).asRequired(required).bind(f -> f.source, (f, v) -> f.source = v);
        binder.forField(round).bind(f -> f.round, (f, v) -> f.round = v);
        binder.forField(title).asRequired(required)
                .withValidator(TextLimits.atMost(title, RectificationTask.TITLE_MAX_LENGTH))
                .bind(f -> f.title, (f, v) -> f.title = v);
        binder.forField(description)
                .withValidator(TextLimits.atMost(description, RectificationTask.DESCRIPTION_MAX_LENGTH))
                .bind(f -> f.description, (f, v) -> f.description = v);
        binder.forField(unit).asRequired(required)
                .withValidator(TextLimits.atMost(unit, RectificationTask.UNIT_MAX_LENGTH))
                .bind(f -> f.unit, (f, v) -> f.unit = v);
        binder.forField(person).asRequired(required)
                .withValidator(TextLimits.atMost(person, RectificationTask.PERSON_MAX_LENGTH))
                .bind(f -> f.person, (f, v) -> f.person = v);
        binder.forField(account).bind(f -> f.account, (f, v) -> f.account = v);
        binder.forField(assignedOn).asRequired(required).bind(f -> f.assignedOn, (f, v) -> f.assignedOn = v);
        binder.forField(deadline).asRequired(required)
                .withValidator(d -> d == null || assignedOn.getValue() == null || !d.isBefore(assignedOn.getValue()),
                        getTranslation("rectification.error.deadlineBeforeAssigned.short"))
                .bind(f -> f.deadline, (f, v) -> f.deadline = v);
    }

    private void parkChanged() {
        OrgUnit chosen = park.getValue();
        account.setItems(chosen == null ? List.of() : registry.staffOf(chosen.id()));
        refreshRounds();
    }

    private void refreshRounds() {
        RoundItem current = round.getValue();
        OrgUnit chosen = park.getValue();
        List<RoundItem> fitting = rounds.stream()
                .filter(r -> source.getValue() == null || r.source() == source.getValue())
                .filter(r -> chosen == null || r.parkId() == null || r.parkId() == chosen.id())
                .toList();
        round.setItems(fitting);
        if (current != null && fitting.contains(current)) {
            round.setValue(current);
        }
    }

    private void save() {
        error.setText("");
        if (!binder.validate().isOk()) {
            return;
        }
        Form f = binder.getBean();
        String username = f.account == null ? null : f.account.username();
        try {
            long id;
            if (existing == null) {
                id = commands.create(new NewTask(f.park.id(), f.source, f.round == null ? null : f.round.id(),
                        f.title, f.description, f.unit, f.person, username, f.assignedOn, f.deadline));
            } else {
                commands.update(existing.id(), new TaskEdit(existing.version(), f.title, f.description, f.unit,
                        f.person, username));
                id = existing.id();
            }
            close();
            saved.accept(id);
        } catch (BusinessRuleException e) {
            showNextToField(e);
        }
    }

    /** The service's refusal next to the field it is about, or under the form. */
    private void showNextToField(BusinessRuleException e) {
        String message = getTranslation(e.messageKey(), e.args());
        Map<String, HasValidation> fields = Map.of(
                "rectification.error.titleRequired", title,
                "rectification.error.unitRequired", unit,
                "rectification.error.personRequired", person,
                "rectification.error.deadlineRequired", deadline,
                "rectification.error.deadlineBeforeAssigned", deadline,
                "rectification.error.roundSource", round,
                "rectification.error.roundNotForPark", round,
                "rectification.error.sourceNotForPark", source,
                "rectification.error.responsibleAccount", account);
        HasValidation field = fields.get(e.messageKey());
        if (field != null) {
            field.setErrorMessage(message);
            field.setInvalid(true);
        } else {
            error.setText(message);
        }
    }

    /** The form's values while the user edits them. */
    static final class Form {
        OrgUnit park;
        RectificationSource source;
        RoundItem round;
        String title;
        String description;
        String unit;
        String person;
        Contact account;
        LocalDate assignedOn;
        LocalDate deadline;
    }
}
