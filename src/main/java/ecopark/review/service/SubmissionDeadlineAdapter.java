package ecopark.review.service;

import ecopark.report.service.SubmissionDeadlines;
import ecopark.review.domain.SubmissionDeadlineRepository;
import ecopark.review.domain.SubmissionDeadline;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands the yearly submission deadlines to the report feature: the administrators' date for the year, otherwise the
 * configured default day of the following year ({@code ecopark.review.submission-deadline-default}, ISO
 * {@code --MM-dd}; empty for none).
 */
@Component
@Transactional(readOnly = true)
class SubmissionDeadlineAdapter implements SubmissionDeadlines {

    private final SubmissionDeadlineRepository deadlines;
    private final Optional<MonthDay> defaultDay;

    SubmissionDeadlineAdapter(SubmissionDeadlineRepository deadlines,
            @Value("${ecopark.review.submission-deadline-default:--03-31}") String defaultDay) {
        this.deadlines = deadlines;
        this.defaultDay = defaultDay == null || defaultDay.isBlank() ? Optional.empty()
                : Optional.of(MonthDay.parse(defaultDay.strip()));
    }

    @Override
    public Optional<LocalDate> deadlineFor(int reportYear) {
        return deadlines.findByReportYear(reportYear).map(SubmissionDeadline::getDeadline)
                .or(() -> defaultFor(reportYear));
    }

    /** The default day in the year after the report year, when one is configured. */
    Optional<LocalDate> defaultFor(int reportYear) {
        return defaultDay.map(day -> day.atYear(reportYear + 1));
    }

    Optional<MonthDay> defaultDay() {
        return defaultDay;
    }
}
