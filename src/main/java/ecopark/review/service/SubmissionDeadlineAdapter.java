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
 * Hands the local submission deadlines to the report feature, which uses them only for a year without a national
 * notice: the administrators' date for the year, otherwise the locally configured default day of the following year
 * ({@code ecopark.deadline.local-default}, {@code MM-dd} such as {@code 03-31}; absent by default, so no deadline is
 * invented). The older {@code ecopark.review.submission-deadline-default} is still read when set.
 */
@Component
@Transactional(readOnly = true)
class SubmissionDeadlineAdapter implements SubmissionDeadlines {

    private final SubmissionDeadlineRepository deadlines;
    private final Optional<MonthDay> defaultDay;

    SubmissionDeadlineAdapter(SubmissionDeadlineRepository deadlines,
            @Value("${ecopark.deadline.local-default:${ecopark.review.submission-deadline-default:}}") String defaultDay) {
        this.deadlines = deadlines;
        this.defaultDay = parse(defaultDay);
    }

    /** {@code 03-31} or ISO's {@code --03-31}; blank for none. */
    static Optional<MonthDay> parse(String day) {
        if (day == null || day.isBlank()) {
            return Optional.empty();
        }
        String text = day.strip();
        return Optional.of(MonthDay.parse(text.startsWith("--") ? text : "--" + text));
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
