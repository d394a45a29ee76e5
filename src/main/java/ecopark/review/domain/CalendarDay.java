package ecopark.review.domain;

import ecopark.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * An exception to the working week in the calendar that review due dates are counted in: a public holiday
 * (2026-10-01 国庆节) or a make-up workday on a weekend (2026-09-27 国庆节调休上班). Days without an entry are
 * working days from Monday to Friday.
 */
@Entity
@Table(name = "work_calendar_day")
public class CalendarDay extends AbstractEntity {

    public static final int NAME_MAX_LENGTH = 40;

    /** What the day is instead of what its weekday says. */
    public enum Kind {
        /** 法定节假日: no work, whatever the weekday. */
        HOLIDAY(false),
        /** 调休上班: a Saturday or Sunday that is worked. */
        WORKDAY(true);

        private final boolean working;

        Kind(boolean working) {
            this.working = working;
        }

        public boolean isWorking() {
            return working;
        }

        public String labelKey() {
            return "calendar.kind." + name();
        }
    }

    @Column(name = "calendar_date", nullable = false, unique = true)
    private LocalDate date;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Kind kind;

    @Column(nullable = false, length = NAME_MAX_LENGTH)
    private String name;

    protected CalendarDay() {
    }

    public CalendarDay(LocalDate date, Kind kind, String name) {
        this.date = date;
        this.kind = kind;
        this.name = name;
    }

    public static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public Kind getKind() {
        return kind;
    }

    public void setKind(Kind kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
