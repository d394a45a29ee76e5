package ecopark.review.process;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Counts review deadlines in working days. Weekends are days off; the admin-editable calendar of public holidays
 * and make-up workdays (调休) is not built yet, so this is the calendar's default.
 */
final class WorkingDays {

    private WorkingDays() {
    }

    static boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** The day {@code days} working days after {@code start} (start itself not counted). */
    static LocalDate plus(LocalDate start, int days) {
        LocalDate day = start;
        int counted = 0;
        while (counted < days) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** The working day before {@code day}. */
    static LocalDate previous(LocalDate day) {
        LocalDate d = day.minusDays(1);
        while (!isWorkingDay(d)) {
            d = d.minusDays(1);
        }
        return d;
    }
}
