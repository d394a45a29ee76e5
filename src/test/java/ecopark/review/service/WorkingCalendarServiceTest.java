package ecopark.review.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ecopark.ApplicationTest;
import ecopark.ReportFixtures;
import ecopark.base.domain.BusinessRuleException;
import ecopark.base.domain.ConcurrentEditException;
import ecopark.report.service.ReportWorkflow;
import ecopark.report.service.SubmissionDeadlines;
import ecopark.review.domain.CalendarDay;
import ecopark.review.domain.CalendarDay.Kind;
import ecopark.review.domain.SubmissionDeadline;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Administrators keep the calendar that review due dates are counted in, and the yearly submission deadlines. */
@ApplicationTest
class WorkingCalendarServiceTest {

    @Autowired WorkingCalendarService calendar;
    @Autowired SubmissionDeadlines deadlines;
    @Autowired ReportWorkflow workflow;
    @Autowired ReportFixtures fixtures;
    @Autowired TaskService tasks;
    @Autowired Clock clock;

    @Autowired ecopark.ActingUsers acting;

    private CalendarDay add(LocalDate date, Kind kind, String name) {
        return acting.as("admin", () -> calendar.save(new CalendarDay(date, kind, name)));
    }

    private void remove(CalendarDay day) {
        acting.as("admin", () -> {
            calendar.remove(day.getId(), day.getVersion());
            return null;
        });
    }

    @Test
    void a_date_needs_a_kind_and_a_name_and_appears_once() {
        CalendarDay national = add(LocalDate.of(2090, 10, 2), Kind.HOLIDAY, " 国庆节 ");
        try {
            assertThat(national.getName()).isEqualTo("国庆节");
            assertThat(acting.as("admin", () -> calendar.days(2090))).extracting(CalendarDay::getName).containsExactly("国庆节");

            assertThatThrownBy(() -> add(LocalDate.of(2090, 10, 2), Kind.HOLIDAY, "国庆节"))
                    .hasMessageContaining("calendar.error.duplicate");
            assertThatThrownBy(() -> add(null, Kind.HOLIDAY, "国庆节"))
                    .hasMessageContaining("calendar.error.dateRequired");
            assertThatThrownBy(() -> add(LocalDate.of(2090, 10, 3), Kind.HOLIDAY, "  "))
                    .hasMessageContaining("calendar.error.nameRequired");
            assertThatThrownBy(() -> add(LocalDate.of(2090, 10, 3), null, "国庆节"))
                    .hasMessageContaining("calendar.error.kindRequired");
            assertThatThrownBy(() -> add(LocalDate.of(2090, 10, 3), Kind.HOLIDAY, "节".repeat(41)))
                    .hasMessageContaining("calendar.error.nameTooLong");
        } finally {
            remove(national);
        }
    }

    @Test
    void a_make_up_workday_must_fall_on_a_weekend() {
        // 2090-10-07 is a Saturday, 2090-10-09 a Monday.
        CalendarDay saturday = add(LocalDate.of(2090, 10, 7), Kind.WORKDAY, "国庆节调休上班");
        try {
            assertThatThrownBy(() -> add(LocalDate.of(2090, 10, 9), Kind.WORKDAY, "调休上班"))
                    .isInstanceOf(BusinessRuleException.class).hasMessageContaining("calendar.error.workdayNotWeekend");
        } finally {
            remove(saturday);
        }
    }

    @Test
    void a_stale_edit_or_removal_is_refused() {
        CalendarDay day = add(LocalDate.of(2091, 5, 1), Kind.HOLIDAY, "劳动节");
        CalendarDay renamed = acting.as("admin", () -> calendar.days(2091).get(0));
        renamed.setName("劳动节假期");
        CalendarDay current = acting.as("admin", () -> calendar.save(renamed));
        try {
            day.setName("五一");
            assertThatThrownBy(() -> acting.as("admin", () -> calendar.save(day))).isInstanceOf(ConcurrentEditException.class);
            assertThatThrownBy(() -> remove(day)).isInstanceOf(ConcurrentEditException.class);
            assertThat(acting.as("admin", () -> calendar.days(2091))).extracting(CalendarDay::getName)
                    .containsExactly("劳动节假期");
        } finally {
            remove(current);
        }
    }

    @Test
    void only_administrators_change_the_calendar() {
        assertThatThrownBy(() -> acting.as("cc_reviewer1", () -> calendar.save(
                new CalendarDay(LocalDate.of(2092, 1, 1), Kind.HOLIDAY, "元旦")))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> acting.as("cc_staff", () -> calendar.save(new SubmissionDeadline(2092, LocalDate.of(2093, 3, 31)))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void review_due_dates_skip_the_holidays_of_the_calendar() {
        LocalDate today = LocalDate.now(clock);
        List<CalendarDay> added = new ArrayList<>();
        for (int d = 1; d <= 14; d++) {
            LocalDate day = today.plusDays(d);
            if (!CalendarDay.isWeekend(day)) {
                added.add(add(day, Kind.HOLIDAY, "测试假期"));
            }
        }
        try {
            long report = fixtures.completeReport(3001);
            acting.as("cc_staff", () -> workflow.submit(report));

            Task task = tasks.createTaskQuery().processInstanceBusinessKey("report:" + report).singleResult();
            LocalDate due = task.getDueDate().toInstant().atZone(clock.getZone()).toLocalDate();
            // Ten working days after the fortnight off.
            LocalDate expected = today.plusDays(14);
            for (int counted = 0; counted < 10; ) {
                expected = expected.plusDays(1);
                if (!CalendarDay.isWeekend(expected)) {
                    counted++;
                }
            }
            assertThat(due).isEqualTo(expected);
        } finally {
            added.forEach(this::remove);
        }
    }

    @Test
    void a_years_local_deadline_comes_after_the_year_once_per_year_and_otherwise_there_is_none() {
        // No local default is configured (ecopark.deadline.local-default): nothing is invented for a year.
        assertThat(deadlines.deadlineFor(2093)).isEmpty();

        SubmissionDeadline set = acting.as("admin", () -> calendar.save(new SubmissionDeadline(2093, LocalDate.of(2094, 4, 15))));
        try {
            assertThat(deadlines.deadlineFor(2093)).contains(LocalDate.of(2094, 4, 15));
            assertThatThrownBy(() -> acting.as("admin", () -> calendar.save(new SubmissionDeadline(2093, LocalDate.of(2094, 5, 1)))))
                    .hasMessageContaining("calendar.deadline.error.duplicate");
            assertThatThrownBy(() -> acting.as("admin", () -> calendar.save(new SubmissionDeadline(2094, LocalDate.of(2094, 12, 31)))))
                    .hasMessageContaining("calendar.deadline.error.withinYear");
            assertThatThrownBy(() -> acting.as("admin", () -> calendar.save(new SubmissionDeadline(null, LocalDate.of(2094, 12, 31)))))
                    .hasMessageContaining("calendar.deadline.error.yearRequired");
            assertThatThrownBy(() -> acting.as("admin", () -> calendar.save(new SubmissionDeadline(2095, null))))
                    .hasMessageContaining("calendar.deadline.error.dateRequired");
        } finally {
            acting.as("admin", () -> {
                calendar.removeDeadline(set.getId(), set.getVersion());
                return null;
            });
        }
        assertThat(deadlines.deadlineFor(2093)).isEmpty();
    }
}
