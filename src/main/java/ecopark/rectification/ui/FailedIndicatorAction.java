package ecopark.rectification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import ecopark.base.domain.BusinessRuleException;
import ecopark.base.i18n.TranslationProvider;
import ecopark.evaluation.service.Verdict;
import ecopark.evaluation.ui.IndicatorRowAction;
import ecopark.rectification.domain.RectificationSource;
import ecopark.rectification.service.TaskCommands;
import ecopark.rectification.service.TaskQueries;
import ecopark.security.CurrentUser;
import java.util.Optional;

/**
 * docs/product.md: "a failed indicator is a finding: it can become a rectification task in one step". On a not-met
 * indicator of the evaluation panel: a link to its task once registered, otherwise — for the park's staff and the
 * jurisdiction's managers — a button that registers it, linked to the indicator and the report.
 */
@org.springframework.stereotype.Component
class FailedIndicatorAction implements IndicatorRowAction {

    private final TaskQueries registry;
    private final TaskCommands commands;
    private final CurrentUser currentUser;

    FailedIndicatorAction(TaskQueries registry, TaskCommands commands, CurrentUser currentUser) {
        this.registry = registry;
        this.commands = commands;
        this.currentUser = currentUser;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> create(IndicatorRow row) {
        // The registry is for signed-in users only; a panel shown to a visitor offers nothing.
        if (row.verdict() != Verdict.NOT_MET || currentUser.get().isEmpty()) {
            return Optional.empty();
        }
        Optional<Long> existing = registry.taskForIndicator(row.reportId(), row.parkId(), row.code());
        if (existing.isPresent()) {
            return Optional.of(link(existing.get()));
        }
        if (!registry.mayRegister(row.parkId(), RectificationSource.FAILED_INDICATOR)) {
            return Optional.empty();
        }
        Span holder = new Span();
        holder.addClassName("indicator-task");
        Button create = new Button(VaadinIcon.TASKS.create());
        create.setText(create.getTranslation("rectification.indicatorTask.create"));
        create.addThemeVariants(ButtonVariant.LUMO_SMALL);
        create.getElement().setAttribute("data-indicator-task", row.code());
        create.addClickListener(e -> {
            try {
                long id = commands.createFromIndicator(row.reportId(), row.parkId(), row.year(), row.code(),
                        row.name().in(TranslationProvider.CHINESE));
                holder.removeAll();
                holder.add(link(id));
                Notification n = Notification.show(create.getTranslation("rectification.indicatorTask.created",
                        row.code()), 4000, Notification.Position.BOTTOM_START);
                n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (BusinessRuleException ex) {
                Notification n = Notification.show(create.getTranslation(ex.messageKey(), ex.args()), 6000,
                        Notification.Position.MIDDLE);
                n.addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        holder.add(create);
        return Optional.of(holder);
    }

    private static Anchor link(long taskId) {
        Anchor link = new Anchor("rectification/" + taskId, "");
        link.setText(link.getTranslation("rectification.indicatorTask.open", taskId));
        link.addClassName("indicator-task-link");
        return link;
    }
}
