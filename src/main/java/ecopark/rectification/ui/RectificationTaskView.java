package ecopark.rectification.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import ecopark.base.audit.AuditEntry;
import ecopark.base.audit.AuditText;
import ecopark.base.domain.BusinessRuleException;
import ecopark.base.ui.component.NarrativeText;
import ecopark.base.ui.component.StatusBadge;
import ecopark.base.ui.component.TextLimits;
import ecopark.rectification.domain.RectificationTask;
import ecopark.rectification.service.EvidenceService;
import ecopark.rectification.service.ExtensionItem;
import ecopark.rectification.service.ProgressItem;
import ecopark.rectification.service.TaskCommands;
import ecopark.rectification.service.TaskQueries;
import ecopark.rectification.service.TaskDetail;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;

/**
 * One rectification task: what was found, who answers for it by when, its progress, evidence and history, and the
 * actions the user may take now — staff update progress, upload evidence, mark it done or ask for more time;
 * managers verify and close it (销号), return it with a reason, or decide an extension.
 */
@Route("rectification/:taskId([0-9]+)")
@PermitAll
public class RectificationTaskView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final TaskQueries registry;
    private final TaskCommands commands;
    private final EvidenceService evidence;
    private final ZoneId zone;
    private TaskDetail task;
    private Component historyPart;

    public RectificationTaskView(TaskQueries registry, TaskCommands commands, EvidenceService evidence,
            Clock clock) {
        this.registry = registry;
        this.commands = commands;
        this.evidence = evidence;
        this.zone = clock.getZone();
        addClassName("rectification-task");
        setMaxWidth("1100px");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long taskId = event.getRouteParameters().getLong("taskId").orElse(-1L);
        try {
            load(taskId);
        } catch (AccessDeniedException e) {
            event.rerouteToError(com.vaadin.flow.router.AccessDeniedException.class);
        } catch (BusinessRuleException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void load(long taskId) {
        task = registry.get(taskId);
        removeAll();
        RouterLink back = new RouterLink(getTranslation("rectification.backToList"), RectificationListView.class);
        back.addClassName("back-link");
        add(back, header(), notices(), details(), actions());
        if (task.may().updateProgress()) {
            add(progressForm());
        }
        historyPart = history();
        add(new EvidencePanel(evidence, task.id(), task.may().uploadEvidence(), zone, this::refreshHistory),
                progressHistory(), extensionHistory(), historyPart);
    }

    private Component header() {
        H2 title = new H2(task.title());
        title.setId("task-title");
        FlexLayout badges = new FlexLayout(TaskBadges.status(this, task.status()));
        badges.addClassName("task-badges");
        if (task.overdue()) {
            StatusBadge late = new StatusBadge(getTranslation("rectification.overdue"), StatusBadge.Tone.ERROR);
            late.addClassName("overdue-badge");
            badges.add(late);
        }
        if (task.pendingExtension() != null) {
            badges.add(new StatusBadge(getTranslation("rectification.extension.pending"), StatusBadge.Tone.WARNING));
        }
        Div header = new Div(title, badges);
        header.addClassName("task-header");
        return header;
    }

    /** Why the task came back, or what waits for a decision. */
    private Component notices() {
        Div box = new Div();
        box.addClassName("task-notices");
        if (task.returnReason() != null && task.status() == ecopark.rectification.domain.TaskStatus.RETURNED) {
            Div returned = new Div(new Span(getTranslation("rectification.returnedBecause")),
                    new Span(task.returnReason()));
            returned.addClassNames("notice", "returned");
            returned.setId("return-reason");
            box.add(returned);
        }
        ExtensionItem pending = task.pendingExtension();
        if (pending != null) {
            Div waiting = new Div(new Span(getTranslation("rectification.extension.pendingText",
                    pending.requestedByName(), RectificationFormats.date(pending.requestedDeadline()),
                    pending.reason())));
            waiting.addClassNames("notice", "extension-pending");
            waiting.setId("pending-extension");
            box.add(waiting);
        }
        return box;
    }

    private Component details() {
        Div grid = new Div();
        grid.addClassName("task-details");
        field(grid, "rectification.field.park", task.parkName());
        field(grid, "rectification.field.source", getTranslation(task.source().labelKey()));
        if (task.roundName() != null) {
            field(grid, "rectification.field.round", task.roundName());
        }
        field(grid, "rectification.field.responsibleUnit", task.responsibleUnit());
        field(grid, "rectification.field.responsiblePerson", task.responsiblePerson());
        field(grid, "rectification.field.assignedOn", RectificationFormats.date(task.assignedOn()));
        field(grid, "rectification.field.deadline", RectificationFormats.date(task.deadline()));
        ProgressBar bar = new ProgressBar(0, 100, task.progressPercent());
        Div progress = new Div(bar, new Span(task.progressPercent() + "%"));
        progress.addClassName("progress-cell");
        progress.setId("task-progress");
        field(grid, "rectification.field.progress", progress);
        if (task.progressNote() != null) {
            field(grid, "rectification.field.progressNote", task.progressNote());
        }
        if (task.completedOn() != null) {
            field(grid, "rectification.field.completedOn", RectificationFormats.date(task.completedOn()));
        }
        if (task.closedOn() != null) {
            field(grid, "rectification.field.closedOn", getTranslation("rectification.closedBy",
                    RectificationFormats.date(task.closedOn()), task.closedBy()));
        }
        if (task.reportId() != null) {
            Anchor report = new Anchor("report/" + task.reportId(), getTranslation("rectification.linkedReport",
                    task.indicatorCode() == null ? "" : task.indicatorCode()));
            report.setId("linked-report");
            field(grid, "rectification.field.link", report);
        }
        Div description = new Div();
        description.addClassName("task-description");
        if (task.description() != null) {
            description.add(new H3(getTranslation("rectification.field.description")),
                    new NarrativeText(task.description()));
        }
        Div part = new Div(grid, description);
        part.addClassName("task-part");
        return part;
    }

    private void field(Div grid, String labelKey, String value) {
        field(grid, labelKey, new Span(value == null ? "" : value));
    }

    private void field(Div grid, String labelKey, Component value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("label");
        Div row = new Div(label, value);
        row.addClassName("detail");
        grid.add(row);
    }

    private Component actions() {
        HorizontalLayout bar = new HorizontalLayout();
        bar.addClassName("task-actions");
        bar.setWrap(true);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        TaskDetail.Permissions may = task.may();
        if (may.markDone()) {
            bar.add(button("mark-done", "rectification.markDone", VaadinIcon.CHECK, true,
                    () -> new ReasonDialog(getTranslation("rectification.markDone"),
                            getTranslation("rectification.markDone.explanation"),
                            getTranslation("rectification.markDone.note"), getTranslation("rectification.markDone"),
                            false, note -> act(() -> commands.markDone(task.id(), note),
                                    "rectification.markDone.done")).open()));
        }
        if (may.requestExtension()) {
            bar.add(button("request-extension", "rectification.extension.request", VaadinIcon.CALENDAR_CLOCK, false,
                    () -> new ExtensionRequestDialog(commands, task, () -> reload(
                            "rectification.extension.requested")).open()));
        }
        if (may.verify()) {
            bar.add(button("close-task", "rectification.close", VaadinIcon.CHECK_CIRCLE, true,
                    () -> new ReasonDialog(getTranslation("rectification.close"),
                            getTranslation("rectification.close.explanation"),
                            getTranslation("rectification.close.note"), getTranslation("rectification.close"), false,
                            note -> act(() -> commands.close(task.id(), note), "rectification.close.done")).open()));
            bar.add(button("return-task", "rectification.return", VaadinIcon.ARROW_BACKWARD, false,
                    () -> new ReasonDialog(getTranslation("rectification.return"), null,
                            getTranslation("rectification.return.reason"), getTranslation("rectification.return"),
                            true, reason -> act(() -> commands.returnToPark(task.id(), reason),
                                    "rectification.return.done")).open()));
        }
        if (may.decideExtension()) {
            ExtensionItem pending = task.pendingExtension();
            String question = getTranslation("rectification.extension.question", pending.requestedByName(),
                    RectificationFormats.date(pending.previousDeadline()),
                    RectificationFormats.date(pending.requestedDeadline()), pending.reason());
            bar.add(button("approve-extension", "rectification.extension.approve", VaadinIcon.CHECK, true,
                    () -> new ReasonDialog(getTranslation("rectification.extension.approve"), question,
                            getTranslation("rectification.extension.note"),
                            getTranslation("rectification.extension.approve"), false,
                            note -> act(() -> commands.decideExtension(task.id(), true, note),
                                    "rectification.extension.approved")).open()));
            bar.add(button("reject-extension", "rectification.extension.reject", VaadinIcon.CLOSE, false,
                    () -> new ReasonDialog(getTranslation("rectification.extension.reject"), question,
                            getTranslation("rectification.extension.rejectReason"),
                            getTranslation("rectification.extension.reject"), true,
                            note -> act(() -> commands.decideExtension(task.id(), false, note),
                                    "rectification.extension.rejected")).open()));
        }
        if (may.edit()) {
            bar.add(button("edit-task", "rectification.edit", VaadinIcon.EDIT, false,
                    () -> TaskFormDialog.edit(registry, commands, task, id -> reload("rectification.saved")).open()));
        }
        return bar;
    }

    private Button button(String id, String labelKey, VaadinIcon icon, boolean primary, Runnable click) {
        Button button = new Button(getTranslation(labelKey), icon.create(), e -> click.run());
        button.setId(id);
        if (primary) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        return button;
    }

    /** Runs a decision; its refusal goes back to the dialog (which keeps the text), success reloads the page. */
    private void act(Runnable action, String doneKey) {
        action.run();
        reload(doneKey);
    }

    private void reload(String doneKey) {
        Notification n = Notification.show(getTranslation(doneKey), 4000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        load(task.id());
    }

    private Component progressForm() {
        IntegerField percent = new IntegerField(getTranslation("rectification.progress.percent"));
        percent.setId("progress-percent");
        percent.setMin(0);
        percent.setMax(TaskCommands.PERCENT_MAX);
        percent.setStepButtonsVisible(true);
        percent.setStep(10);
        percent.setValue(task.progressPercent());
        percent.setSuffixComponent(new Span("%"));
        TextArea note = new TextArea(getTranslation("rectification.progress.note"));
        note.setId("progress-note");
        note.setWidthFull();
        // No maxlength (a browser cuts a longer paste silently): refused at the note with the limit.
        Button save = new Button(getTranslation("rectification.progress.save"), VaadinIcon.CHECK.create(), e -> {
            percent.setInvalid(false);
            if (percent.getValue() == null || percent.isInvalid()) {
                percent.setErrorMessage(getTranslation("rectification.error.percent"));
                percent.setInvalid(true);
                return;
            }
            note.setInvalid(false);
            if (!TextLimits.fits(note, RectificationTask.NOTE_MAX_LENGTH)) {
                return;
            }
            try {
                commands.recordProgress(task.id(), task.version(), percent.getValue(), note.getValue());
                reload("rectification.progress.saved");
            } catch (BusinessRuleException ex) {
                var field = ex.messageKey().equals("rectification.error.percent") ? percent : note;
                if (field == note) {
                    note.setErrorMessage(getTranslation(ex.messageKey(), ex.args()));
                    note.setInvalid(true);
                } else {
                    percent.setErrorMessage(getTranslation(ex.messageKey(), ex.args()));
                    percent.setInvalid(true);
                }
            }
        });
        save.setId("progress-save");
        Div form = new Div(new H3(getTranslation("rectification.progress.update")), percent, note, save);
        form.addClassNames("task-part", "progress-form");
        return form;
    }

    private Component progressHistory() {
        List<ProgressItem> items = registry.progress(task.id());
        return list("progress-history", "rectification.progress.history", items, item -> getTranslation(
                "rectification.progress.line", RectificationFormats.when(item.recordedAt(), zone), item.authorName(),
                item.percent(), item.note() == null ? "" : item.note()));
    }

    private Component extensionHistory() {
        List<ExtensionItem> items = registry.extensions(task.id());
        return list("extension-history", "rectification.extension.history", items, e -> getTranslation(
                "rectification.extension.line", RectificationFormats.when(e.requestedAt(), zone), e.requestedByName(),
                RectificationFormats.date(e.previousDeadline()), RectificationFormats.date(e.requestedDeadline()),
                e.reason(), getTranslation(e.status().labelKey()),
                e.decidedByName() == null ? "" : e.decidedByName() + (e.decisionNote() == null ? ""
                        : "：" + e.decisionNote())));
    }

    /** Evidence changed: the history shows it at once, the rest of the page (and the upload message) stays. */
    private void refreshHistory() {
        Component fresh = history();
        replace(historyPart, fresh);
        historyPart = fresh;
    }

    private Component history() {
        List<AuditEntry> entries = registry.history(task.id());
        return list("task-history", "rectification.history", entries, a -> getTranslation("rectification.history.line",
                RectificationFormats.when(a.getOccurredAt(), zone), AuditText.actor(a, getLocale()),
                getTranslation("rectification.audit." + a.getAction()), AuditText.detail(a, getLocale())));
    }

    private <T> Component list(String id, String titleKey, List<T> items, java.util.function.Function<T, String> line) {
        Div part = new Div(new H3(getTranslation(titleKey)));
        part.addClassName("task-part");
        part.setId(id);
        if (items.isEmpty()) {
            part.add(new Paragraph(getTranslation("rectification.none")));
            return part;
        }
        UnorderedList list = new UnorderedList();
        items.forEach(item -> list.add(new ListItem(line.apply(item))));
        part.add(list);
        return part;
    }

    @Override
    public String getPageTitle() {
        return task == null ? getTranslation("nav.rectification") : task.title();
    }
}
