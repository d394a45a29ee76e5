package ecopark.review.process;

import ecopark.review.domain.CalendarDay;
import ecopark.review.domain.CalendarDayRepository;
import ecopark.review.service.WorkingCalendarChanged;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Counts review deadlines in working days: Monday to Friday, except the public holidays and make-up workdays (调休)
 * that administrators keep in the calendar. Each year's exceptions are read once and kept until the calendar of
 * that year changes on this node, and at most {@link #MAX_AGE}, so that a change made on another application node is
 * counted there within seconds (docs/operations.md): one small query a year per interval while due dates are counted.
 */
@Component
public class WorkingDays {

    static final Duration MAX_AGE = Duration.ofSeconds(10);

    private final IntFunction<Map<LocalDate, CalendarDay.Kind>> loader;
    private final ConcurrentMap<Integer, CachedYear> years = new ConcurrentHashMap<>();

    @Autowired
    WorkingDays(CalendarDayRepository days) {
        this(year -> days.findByDateBetweenOrderByDateAsc(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
                .stream().collect(Collectors.toMap(CalendarDay::getDate, CalendarDay::getKind)));
    }

    /** A calendar whose exceptions of a year come from the loader; for tests without a database. */
    WorkingDays(IntFunction<Map<LocalDate, CalendarDay.Kind>> loader) {
        this.loader = loader;
    }

    public boolean isWorkingDay(LocalDate day) {
        CalendarDay.Kind exception = exceptionsOf(day.getYear()).get(day);
        return exception != null ? exception.isWorking() : !CalendarDay.isWeekend(day);
    }

    /** The day {@code days} working days after {@code start} (start itself not counted). */
    public LocalDate plus(LocalDate start, int days) {
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
    public LocalDate previous(LocalDate day) {
        LocalDate d = day.minusDays(1);
        while (!isWorkingDay(d)) {
            d = d.minusDays(1);
        }
        return d;
    }

    /**
     * Forgets a year once a change of its calendar is committed. A reader that loaded the old rows meanwhile finishes
     * first (same map key), so its stale copy is the one removed here.
     */
    @TransactionalEventListener(fallbackExecution = true)
    void calendarChanged(WorkingCalendarChanged change) {
        years.remove(change.year());
    }

    private Map<LocalDate, CalendarDay.Kind> exceptionsOf(int year) {
        long now = System.nanoTime();
        CachedYear cached = years.get(year);
        if (cached != null && now - cached.loadedAt() <= MAX_AGE.toNanos()) {
            return cached.exceptions();
        }
        if (cached != null) {
            years.remove(year, cached);
        }
        return years.computeIfAbsent(year, y -> new CachedYear(Map.copyOf(loader.apply(y)), System.nanoTime()))
                .exceptions();
    }

    private record CachedYear(Map<LocalDate, CalendarDay.Kind> exceptions, long loadedAt) {
    }
}
