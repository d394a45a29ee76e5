package ecopark.review.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import ecopark.review.domain.SubmissionDeadlineRepository;
import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.api.Test;

/** The local default deadline is a setting, absent unless configured: there is no invented 31 March any more. */
class LocalDeadlineDefaultTest {

    private final SubmissionDeadlineRepository repository = mock(SubmissionDeadlineRepository.class);

    @Test
    void absent_by_default_so_a_year_without_a_notice_or_a_local_date_has_no_deadline() {
        SubmissionDeadlineAdapter adapter = new SubmissionDeadlineAdapter(repository, "");
        assertThat(adapter.defaultDay()).isEmpty();
        assertThat(adapter.deadlineFor(4415)).isEmpty();
    }

    @Test
    void configured_as_month_and_day_it_falls_in_the_year_after_the_report_year() {
        SubmissionDeadlineAdapter adapter = new SubmissionDeadlineAdapter(repository, "03-31");
        assertThat(adapter.defaultDay()).contains(MonthDay.of(3, 31));
        assertThat(adapter.deadlineFor(4415)).contains(LocalDate.of(4416, 3, 31));
        assertThat(SubmissionDeadlineAdapter.parse("--05-31")).contains(MonthDay.of(5, 31));
    }
}
