package ecopark;

import static org.assertj.core.api.Assertions.assertThat;

import ecopark.rectification.service.DashboardFilter;
import ecopark.rectification.service.DashboardService;
import ecopark.report.domain.ReportStatus;
import ecopark.report.service.DeadlineCountdown;
import ecopark.report.service.ReportDeadlines;
import ecopark.review.domain.SubmissionDeadline;
import ecopark.review.service.WorkingCalendarService;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * "Today" is Beijing's date on a server in UTC: at 2027-03-30T17:00Z it is already 01:00 on 31 March in China, so the
 * deadline of 31 March is today, not tomorrow, and 30 March has passed.
 */
@ApplicationTest
class ChinaTimeTest {

    /** 01:00 on 31 March 2027 in Beijing; still 30 March in UTC. */
    static final Instant ONE_AM_IN_BEIJING = Instant.parse("2027-03-30T17:00:00Z");

    @Autowired TestClock clock;
    @Autowired ReportDeadlines deadlines;
    @Autowired WorkingCalendarService calendar;
    @Autowired DashboardService dashboards;
    @Autowired ActingUsers acting;

    private TimeZone serverZone;
    private SubmissionDeadline saved;

    @BeforeEach
    void aServerInUtcAtOneInTheMorningInBeijing() {
        serverZone = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        clock.setTo(ONE_AM_IN_BEIJING);
    }

    @AfterEach
    void restore() {
        clock.reset();
        TimeZone.setDefault(serverZone);
        if (saved != null) {
            acting.as("admin", () -> calendar.removeDeadline(saved.getId(), saved.getVersion()));
        }
    }

    @Test
    void the_application_clock_runs_in_china_time_whatever_the_servers_zone() {
        assertThat(ZoneId.systemDefault()).isEqualTo(ZoneId.of("UTC"));
        assertThat(clock.getZone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
        assertThat(LocalDate.now(clock)).isEqualTo(LocalDate.of(2027, 3, 31));
    }

    @Test
    void the_production_clock_is_china_time_by_default_and_configurable() {
        Clock china = new Application().clock(ZoneId.of(Application.DEFAULT_TIME_ZONE));
        Clock utc = new Application().clock(ZoneId.of("UTC"));

        assertThat(china.getZone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
        assertThat(utc.getZone()).isEqualTo(ZoneId.of("UTC"));
    }

    @Test
    void a_deadline_of_31_march_is_due_today_not_tomorrow() {
        saved = acting.as("admin", () -> calendar.save(new SubmissionDeadline(2001, LocalDate.of(2027, 3, 31))));

        DeadlineCountdown countdown = acting.as("cc_staff",
                () -> deadlines.countdown(2001, ReportStatus.DRAFT)).orElseThrow();

        assertThat(countdown.daysLeft()).isZero();
        assertThat(countdown.isOverdue()).isFalse();
    }

    @Test
    void a_deadline_of_30_march_has_passed() {
        saved = acting.as("admin", () -> calendar.save(new SubmissionDeadline(2001, LocalDate.of(2027, 3, 30))));

        DeadlineCountdown countdown = acting.as("cc_staff",
                () -> deadlines.countdown(2001, ReportStatus.RETURNED)).orElseThrow();

        assertThat(countdown.daysLeft()).isEqualTo(-1);
        assertThat(countdown.isOverdue()).isTrue();
    }

    @Test
    void the_rectification_dashboard_counts_overdue_tasks_from_beijings_date() {
        assertThat(acting.as("cc_manager", () -> dashboards.dashboard(new DashboardFilter(2027, null, null, null)))
                .today()).isEqualTo(LocalDate.of(2027, 3, 31));
    }
}
