package ecopark.review.process;

import static org.assertj.core.api.Assertions.assertThat;

import ecopark.review.domain.CalendarDay.Kind;
import ecopark.review.service.WorkingCalendarChanged;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Review due dates in working days of the calendar: weekends, public holidays and make-up workdays (调休). */
class WorkingDaysTest {

    /** 国庆节 2026 as a calendar might hold it: Thursday 1 to Thursday 8 October off, Saturday 10 October worked. */
    private static final Map<LocalDate, Kind> NATIONAL_DAY = new HashMap<>();

    static {
        for (int d = 1; d <= 8; d++) {
            NATIONAL_DAY.put(LocalDate.of(2026, 10, d), Kind.HOLIDAY);
        }
        NATIONAL_DAY.put(LocalDate.of(2026, 10, 10), Kind.WORKDAY);
    }

    private final Map<Integer, Map<LocalDate, Kind>> calendar = new HashMap<>();
    private final AtomicInteger loads = new AtomicInteger();
    private final WorkingDays workingDays = new WorkingDays(year -> {
        loads.incrementAndGet();
        return calendar.getOrDefault(year, Map.of());
    });

    @Test
    void without_entries_only_weekends_are_days_off() {
        // Friday 2026-09-25 + 1 working day is Monday 2026-09-28.
        assertThat(workingDays.plus(LocalDate.of(2026, 9, 25), 1)).isEqualTo(LocalDate.of(2026, 9, 28));
        assertThat(workingDays.plus(LocalDate.of(2026, 9, 28), 10)).isEqualTo(LocalDate.of(2026, 10, 12));
        assertThat(workingDays.previous(LocalDate.of(2026, 9, 28))).isEqualTo(LocalDate.of(2026, 9, 25));
    }

    @Test
    void a_due_date_across_the_national_day_week_skips_the_holidays_and_counts_the_make_up_saturday() {
        calendar.put(2026, NATIONAL_DAY);
        LocalDate submitted = LocalDate.of(2026, 9, 28);

        // 29, 30 Sep; 9 Oct; Saturday 10 Oct (调休); 12–16 Oct; 19 Oct is the tenth working day.
        LocalDate due = workingDays.plus(submitted, 10);

        assertThat(due).isEqualTo(LocalDate.of(2026, 10, 19));
        assertThat(workingDays.previous(due)).isEqualTo(LocalDate.of(2026, 10, 16));
        assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 10, 5))).isFalse();
    }

    @Test
    void a_make_up_saturday_is_a_working_day_for_due_dates_and_reminders() {
        calendar.put(2026, NATIONAL_DAY);

        assertThat(workingDays.plus(LocalDate.of(2026, 10, 9), 1)).isEqualTo(LocalDate.of(2026, 10, 10));
        assertThat(workingDays.previous(LocalDate.of(2026, 10, 12))).isEqualTo(LocalDate.of(2026, 10, 10));
        assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 10, 11))).isFalse();
    }

    @Test
    void a_due_date_over_new_year_reads_the_next_years_calendar() {
        calendar.put(2027, Map.of(LocalDate.of(2027, 1, 1), Kind.HOLIDAY));

        // Wednesday 2026-12-30: Thursday 31 Dec, (Friday 1 Jan off), Monday 4 Jan.
        assertThat(workingDays.plus(LocalDate.of(2026, 12, 30), 2)).isEqualTo(LocalDate.of(2027, 1, 4));
    }

    @Test
    void a_year_is_read_once_until_its_calendar_changes() {
        workingDays.plus(LocalDate.of(2026, 9, 28), 10);
        workingDays.plus(LocalDate.of(2026, 9, 28), 10);
        assertThat(loads).hasValue(1);

        calendar.put(2026, NATIONAL_DAY);
        assertThat(workingDays.plus(LocalDate.of(2026, 9, 28), 10)).isEqualTo(LocalDate.of(2026, 10, 12));
        workingDays.calendarChanged(new WorkingCalendarChanged(2026));

        assertThat(workingDays.plus(LocalDate.of(2026, 9, 28), 10)).isEqualTo(LocalDate.of(2026, 10, 19));
        assertThat(loads).hasValue(2);
    }
}
