package ecopark.report.service;

import ecopark.report.domain.ReportStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** The countdown to the yearly submission deadline that the report list and the editor show. */
@Service
@PreAuthorize("isAuthenticated()")
public class ReportDeadlines {

    private final SubmissionDeadlines deadlines;
    private final Clock clock;

    ReportDeadlines(SubmissionDeadlines deadlines, Clock clock) {
        this.deadlines = deadlines;
        this.clock = clock;
    }

    /**
     * The countdown for a report of the year in the given status: only while the park still has to submit it (a draft
     * or a returned report) and when the year has a deadline. The deadline is public knowledge within the product, so
     * no park check is needed.
     */
    public Optional<DeadlineCountdown> countdown(int reportYear, ReportStatus status) {
        if (!status.isEditable()) {
            return Optional.empty();
        }
        LocalDate today = LocalDate.now(clock);
        return deadlines.deadlineFor(reportYear)
                .map(deadline -> new DeadlineCountdown(deadline, ChronoUnit.DAYS.between(today, deadline)));
    }
}
