package ecopark.report.ui;

import com.vaadin.flow.component.Component;
import ecopark.base.ui.component.StatusBadge;
import ecopark.report.service.DeadlineCountdown;

/**
 * The countdown to the submission deadline: calm while there is time, amber in the last week, red once overdue. A
 * deadline that is only a local setting (no national notice for the year) says so.
 */
final class DeadlineBadge {

    static final int LAST_WEEK = 7;

    private DeadlineBadge() {
    }

    static StatusBadge of(Component owner, DeadlineCountdown countdown) {
        String date = countdown.deadline().toString();
        StatusBadge badge;
        if (countdown.isOverdue()) {
            badge = new StatusBadge(owner.getTranslation("deadline.countdown.overdue", -countdown.daysLeft(), date)
                    + source(owner, countdown), StatusBadge.Tone.ERROR);
            badge.addClassName("deadline-overdue");
        } else if (countdown.daysLeft() == 0) {
            badge = new StatusBadge(owner.getTranslation("deadline.countdown.today", date) + source(owner, countdown),
                    StatusBadge.Tone.WARNING);
        } else {
            badge = new StatusBadge(owner.getTranslation("deadline.countdown.left", countdown.daysLeft(), date)
                    + source(owner, countdown),
                    countdown.daysLeft() <= LAST_WEEK ? StatusBadge.Tone.WARNING : StatusBadge.Tone.NEUTRAL);
        }
        badge.addClassName("deadline-countdown");
        if (countdown.isLocal()) {
            badge.addClassName("deadline-local");
        }
        badge.getElement().setAttribute("title", countdown.isLocal()
                ? owner.getTranslation("deadline.source.local.hint")
                : owner.getTranslation("deadline.source.notice.hint", countdown.documentNumber()));
        return badge;
    }

    /** " · 本地默认，无国家年度通知" for a local deadline; nothing for the notice's (its 文号 is in the title). */
    private static String source(Component owner, DeadlineCountdown countdown) {
        return countdown.isLocal() ? owner.getTranslation("deadline.source.local") : "";
    }
}
