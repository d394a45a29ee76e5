package ecopark.rectification.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import ecopark.base.ui.component.StatusBadge;
import ecopark.rectification.domain.TaskStatus;

/** A task's status, and whether it is late or due soon, as coloured badges. */
final class TaskBadges {

    private TaskBadges() {
    }

    static StatusBadge status(Component owner, TaskStatus status) {
        StatusBadge.Tone tone = switch (status) {
            case OPEN -> StatusBadge.Tone.NEUTRAL;
            case IN_PROGRESS, AWAITING_VERIFICATION -> StatusBadge.Tone.INFO;
            case RETURNED -> StatusBadge.Tone.WARNING;
            case CLOSED -> StatusBadge.Tone.SUCCESS;
        };
        StatusBadge badge = new StatusBadge(owner.getTranslation(status.labelKey()), tone);
        badge.addClassName("task-status");
        return badge;
    }

    static Span deadline(Component owner, java.time.LocalDate deadline, boolean overdue, boolean dueSoon) {
        Span text = new Span(RectificationFormats.date(deadline));
        Span cell = new Span(text);
        cell.addClassName("deadline");
        if (overdue) {
            StatusBadge late = new StatusBadge(owner.getTranslation("rectification.overdue"), StatusBadge.Tone.ERROR);
            late.addClassName("overdue-badge");
            cell.add(late);
            cell.addClassName("overdue");
        } else if (dueSoon) {
            StatusBadge soon = new StatusBadge(owner.getTranslation("rectification.dueSoon"), StatusBadge.Tone.WARNING);
            soon.addClassName("due-soon-badge");
            cell.add(soon);
        }
        return cell;
    }
}
