package ecopark.report.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import ecopark.report.service.ParkReminders;
import java.util.Optional;

/** The province's latest 催办 of a park's report of a year, as a small warning line: "吉林省生态环境厅于 … 催办". */
final class ChaseLine {

    private ChaseLine() {
    }

    static Optional<Span> of(Component owner, ParkReminders reminders, long parkId, int year) {
        return reminders.latest(parkId, year).map(r -> line(owner, r, year));
    }

    static Span line(Component owner, ParkReminders.Reminder reminder, int year) {
        Span line = new Span(owner.getTranslation("report.chase.line", reminder.bureau(), reminder.on().toString(),
                year));
        line.addClassName("chase-line");
        return line;
    }
}
