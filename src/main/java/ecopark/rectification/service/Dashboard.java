package ecopark.rectification.service;

import ecopark.rectification.domain.RectificationSource;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The managers' dashboard for their jurisdiction: what is open, late and due soon, what was closed in the year, by
 * source, by park and by inspection round, the burn-down of open tasks over time and the longest-overdue tasks with
 * whoever answers for them.
 */
public record Dashboard(DashboardFilter filter, LocalDate today, Figures totals, List<SourceFigures> bySource,
        List<ParkFigures> byPark, List<RoundProgress> rounds, List<BurnDownPoint> burnDown,
        List<TaskListItem> longestOverdue) {

    /** Counts of a group of tasks; {@code closedInYear} counts those closed in the dashboard's year. */
    public record Figures(long total, long closed, long overdue, long dueSoon, long awaiting, long closedInYear) {

        public static final Figures NONE = new Figures(0, 0, 0, 0, 0, 0);

        public long open() {
            return total - closed;
        }

        public Figures plus(Figures o) {
            return new Figures(total + o.total, closed + o.closed, overdue + o.overdue, dueSoon + o.dueSoon,
                    awaiting + o.awaiting, closedInYear + o.closedInYear);
        }
    }

    public record SourceFigures(RectificationSource source, Figures figures) {
    }

    public record ParkFigures(long parkId, String parkName, Figures figures) {
    }

    /** An inspection round's progress, e.g. "18 tasks, 15 closed, 3 open". */
    public record RoundProgress(long roundId, String name, RectificationSource source, Figures figures) {
    }

    /** One month: tasks assigned and closed in it, and the tasks still open at its end. */
    public record BurnDownPoint(YearMonth month, long assigned, long closed, long openAtEnd) {
    }
}
