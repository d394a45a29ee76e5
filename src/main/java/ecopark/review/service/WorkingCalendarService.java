package ecopark.review.service;

import ecopark.base.audit.AuditAction;
import ecopark.base.audit.AuditDetail;
import ecopark.base.audit.AuditSubject;
import ecopark.base.audit.AuditTrail;
import ecopark.security.CurrentUser;

import ecopark.base.domain.BusinessRuleException;
import ecopark.base.domain.ConcurrentEditException;
import ecopark.review.domain.CalendarDay;
import ecopark.review.domain.CalendarDayRepository;
import ecopark.review.domain.SubmissionDeadline;
import ecopark.review.domain.SubmissionDeadlineRepository;
import ecopark.security.AppRole;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administration of the review calendar: the public holidays and make-up workdays (调休) that review due dates are
 * counted in, and the yearly submission deadlines of the annual reports. Administrators only. Every refusal carries
 * the translation key the form shows next to its field; a stale edit or removal is refused
 * ({@link ConcurrentEditException}).
 */
@Service
@Transactional
@RolesAllowed(AppRole.ADMIN_NAME)
public class WorkingCalendarService {

    public static final int MIN_YEAR = 2000;
    public static final int MAX_YEAR = 2100;

    private final CalendarDayRepository days;
    private final SubmissionDeadlineRepository deadlines;
    private final SubmissionDeadlineAdapter defaults;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final CurrentUser currentUser;

    WorkingCalendarService(CalendarDayRepository days, SubmissionDeadlineRepository deadlines,
            SubmissionDeadlineAdapter defaults, ApplicationEventPublisher events, AuditTrail audit,
            CurrentUser currentUser) {
        this.audit = audit;
        this.currentUser = currentUser;
        this.days = days;
        this.deadlines = deadlines;
        this.defaults = defaults;
        this.events = events;
    }

    /** The holidays and make-up workdays of a year, by date. Days not listed follow the week (Monday to Friday). */
    @Transactional(readOnly = true)
    public List<CalendarDay> days(int year) {
        return days.findByDateBetweenOrderByDateAsc(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /**
     * Adds or changes a day. The date, its kind and a name are required; a date appears once; a make-up workday
     * (调休上班) must be a Saturday or Sunday, since every other day is worked anyway. Due dates computed from now on
     * use the change; tasks already waiting keep theirs.
     */
    public CalendarDay save(CalendarDay day) {
        day.setName(day.getName() == null ? null : day.getName().strip());
        if (day.getDate() == null) {
            throw new BusinessRuleException("calendar.error.dateRequired");
        }
        if (day.getKind() == null) {
            throw new BusinessRuleException("calendar.error.kindRequired");
        }
        if (day.getName() == null || day.getName().isEmpty()) {
            throw new BusinessRuleException("calendar.error.nameRequired");
        }
        if (day.getName().length() > CalendarDay.NAME_MAX_LENGTH) {
            throw new BusinessRuleException("calendar.error.nameTooLong", CalendarDay.NAME_MAX_LENGTH);
        }
        if (day.getKind() == CalendarDay.Kind.WORKDAY && !CalendarDay.isWeekend(day.getDate())) {
            throw new BusinessRuleException("calendar.error.workdayNotWeekend");
        }
        Optional<Integer> previousYear = Optional.empty();
        if (!day.isNew()) {
            CalendarDay stored = days.findById(day.getId()).orElseThrow(ConcurrentEditException::new);
            ConcurrentEditException.requireSameVersion(day.getVersion(), stored.getVersion());
            previousYear = Optional.of(stored.getDate().getYear());
        }
        days.findByDate(day.getDate()).filter(other -> !other.getId().equals(day.getId())).ifPresent(other -> {
            throw new BusinessRuleException("calendar.error.duplicate", day.getDate().toString(), other.getName());
        });
        CalendarDay saved;
        try {
            saved = days.saveAndFlush(day);
        } catch (DataIntegrityViolationException e) {
            // Another administrator entered the same date a moment earlier: the unique key decided.
            throw new BusinessRuleException("calendar.error.duplicate", day.getDate().toString(), day.getName());
        }
        previousYear.filter(y -> y != saved.getDate().getYear())
                .ifPresent(y -> events.publishEvent(new WorkingCalendarChanged(y)));
        events.publishEvent(new WorkingCalendarChanged(saved.getDate().getYear()));
        audit.record(currentUser.require().asActor(), AuditAction.CALENDAR_DAY_SAVED, AuditSubject.CALENDAR_DAY, saved.getId(), null, saved.getDate(), AuditDetail.key("calendar.kind." + saved.getKind().name()), saved.getName());
        return saved;
    }

    /** Removes a day, unless someone changed or removed it since it was listed. */
    public void remove(long dayId, long expectedVersion) {
        CalendarDay stored = days.findById(dayId).orElseThrow(ConcurrentEditException::new);
        ConcurrentEditException.requireSameVersion(expectedVersion, stored.getVersion());
        days.delete(stored);
        days.flush();
        audit.record(currentUser.require().asActor(), AuditAction.CALENDAR_DAY_REMOVED, AuditSubject.CALENDAR_DAY, dayId, null, stored.getDate(), stored.getName());
        events.publishEvent(new WorkingCalendarChanged(stored.getDate().getYear()));
    }

    /** The deadlines set for report years, latest year first. */
    @Transactional(readOnly = true)
    public List<SubmissionDeadline> deadlines() {
        return deadlines.findAllByOrderByReportYearDesc();
    }

    /** The day of the following year that applies to report years without a deadline of their own, if any. */
    @Transactional(readOnly = true)
    public Optional<MonthDay> defaultDeadline() {
        return defaults.defaultDay();
    }

    /**
     * Sets the submission deadline of a report year. The year lies between {@value #MIN_YEAR} and {@value #MAX_YEAR}
     * and has one deadline; the deadline falls after the report year has ended, since the report covers the whole
     * year.
     */
    public SubmissionDeadline save(SubmissionDeadline deadline) {
        Integer year = deadline.getReportYear();
        if (year == null) {
            throw new BusinessRuleException("calendar.deadline.error.yearRequired");
        }
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new BusinessRuleException("calendar.deadline.error.yearRange", String.valueOf(MIN_YEAR),
                    String.valueOf(MAX_YEAR));
        }
        if (deadline.getDeadline() == null) {
            throw new BusinessRuleException("calendar.deadline.error.dateRequired");
        }
        if (deadline.getDeadline().getYear() <= year) {
            throw new BusinessRuleException("calendar.deadline.error.withinYear", String.valueOf(year));
        }
        if (!deadline.isNew()) {
            SubmissionDeadline stored = deadlines.findById(deadline.getId()).orElseThrow(ConcurrentEditException::new);
            ConcurrentEditException.requireSameVersion(deadline.getVersion(), stored.getVersion());
        }
        deadlines.findByReportYear(year).filter(other -> !other.getId().equals(deadline.getId())).ifPresent(other -> {
            throw new BusinessRuleException("calendar.deadline.error.duplicate", String.valueOf(year));
        });
        try {
            SubmissionDeadline saved = deadlines.saveAndFlush(deadline);
            audit.record(currentUser.require().asActor(), AuditAction.DEADLINE_SAVED, AuditSubject.SUBMISSION_DEADLINE, saved.getId(), null, year, saved.getDeadline());
            return saved;
        } catch (DataIntegrityViolationException e) {
            throw new BusinessRuleException("calendar.deadline.error.duplicate", String.valueOf(year));
        }
    }

    /** Removes a year's deadline (the default applies again), unless someone changed it since it was listed. */
    public void removeDeadline(long deadlineId, long expectedVersion) {
        SubmissionDeadline stored = deadlines.findById(deadlineId).orElseThrow(ConcurrentEditException::new);
        ConcurrentEditException.requireSameVersion(expectedVersion, stored.getVersion());
        deadlines.delete(stored);
        deadlines.flush();
        audit.record(currentUser.require().asActor(), AuditAction.DEADLINE_REMOVED, AuditSubject.SUBMISSION_DEADLINE, deadlineId, null, stored.getReportYear());
    }
}
