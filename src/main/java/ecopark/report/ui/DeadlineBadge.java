package ecopark.report.ui;

import com.vaadin.flow.component.Component;
import ecopark.base.ui.component.StatusBadge;
import ecopark.report.service.DeadlineCountdown;

/** The countdown to the submission deadline: calm while there is time, amber in the last week, red once overdue. */
final class DeadlineBadge {

    static final int LAST_WEEK = 7;

    private DeadlineBadge() {
    }

    static StatusBadge of(Component owner, DeadlineCountdown countdown) {
        String date = countdown.deadline().toString();
        StatusBadge badge;
        if (countdown.isOverdue()) {
            badge = new StatusBadge(owner.getTranslation("deadline.countdown.overdue", -countdown.daysLeft(), date),
                    StatusBadge.Tone.ERROR);
            badge.addClassName("deadline-overdue");
        } else if (countdown.daysLeft() == 0) {
            badge = new StatusBadge(owner.getTranslation("deadline.countdown.today", date), StatusBadge.Tone.WARNING);
        } else {
            badge = new StatusBadge(owner.getTranslation("deadline.countdown.left", countdown.daysLeft(), date),
                    countdown.daysLeft() <= LAST_WEEK ? StatusBadge.Tone.WARNING : StatusBadge.Tone.NEUTRAL);
        }
        badge.addClassName("deadline-countdown");
        return badge;
    }
}
