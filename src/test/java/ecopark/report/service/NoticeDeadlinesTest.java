package ecopark.report.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import ecopark.notice.service.AnnualNotices;
import ecopark.notice.service.NoticeView;
import ecopark.report.domain.ReportStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Where a report's deadline comes from: the parks' deadline of the year's notice; without a notice only a local
 * setting, labelled as local; with neither, no deadline at all (nothing is invented).
 */
class NoticeDeadlinesTest {

    private static final Clock TODAY = Clock.fixed(Instant.parse("4412-05-20T04:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private final AnnualNotices notices = mock(AnnualNotices.class);

    private static NoticeView notice(int year, LocalDate parksDeadline) {
        return new NoticeView(1, 0, year, "科财函〔4412〕11号（测试）", "通知", parksDeadline.minusDays(40), parksDeadline,
                parksDeadline.plusDays(30), 1, "国家办公室", Instant.EPOCH, List.of(), List.of());
    }

    @Test
    void the_notice_sets_the_deadline_and_a_local_date_for_the_year_does_not_override_it() {
        when(notices.forYear(4411)).thenReturn(Optional.of(notice(4411, LocalDate.of(4412, 5, 31))));
        ReportDeadlines deadlines = new ReportDeadlines(year -> Optional.of(LocalDate.of(4412, 3, 31)), notices,
                TODAY);

        DeadlineCountdown countdown = deadlines.countdown(4411, ReportStatus.DRAFT).orElseThrow();

        assertThat(countdown.deadline()).isEqualTo(LocalDate.of(4412, 5, 31));
        assertThat(countdown.daysLeft()).isEqualTo(11);
        assertThat(countdown.source()).isEqualTo(DeadlineCountdown.Source.NOTICE);
        assertThat(countdown.documentNumber()).isEqualTo("科财函〔4412〕11号（测试）");
        assertThat(countdown.isOverdue()).isFalse();
        // Overdue follows the notice too, and a submitted report counts down to nothing.
        when(notices.forYear(4410)).thenReturn(Optional.of(notice(4410, LocalDate.of(4412, 5, 1))));
        assertThat(deadlines.countdown(4410, ReportStatus.RETURNED).orElseThrow().isOverdue()).isTrue();
        assertThat(deadlines.countdown(4411, ReportStatus.SUBMITTED)).isEmpty();
    }

    @Test
    void without_a_notice_only_a_local_setting_counts_and_is_labelled_local_without_one_there_is_none() {
        when(notices.forYear(4413)).thenReturn(Optional.empty());
        ReportDeadlines local = new ReportDeadlines(year -> Optional.of(LocalDate.of(year + 1, 3, 31)), notices,
                TODAY);
        DeadlineCountdown countdown = local.countdown(4413, ReportStatus.DRAFT).orElseThrow();
        assertThat(countdown.source()).isEqualTo(DeadlineCountdown.Source.LOCAL);
        assertThat(countdown.isLocal()).isTrue();
        assertThat(countdown.documentNumber()).isNull();

        ReportDeadlines none = new ReportDeadlines(year -> Optional.empty(), notices, TODAY);
        assertThat(none.countdown(4413, ReportStatus.DRAFT)).isEmpty();
    }
}
