package ecopark.report.service;

import ecopark.notice.service.AnnualNotices;
import ecopark.notice.service.NoticeView;
import ecopark.report.domain.ReportStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The countdown to the yearly submission deadline that the report list and the editor show. The deadline is the
 * parks' deadline of the year's annual notice; without a notice only a locally configured date counts (the
 * administrators' date for the year, else {@code ecopark.deadline.local-default}), labelled as such. Nothing is
 * invented: with neither there is no countdown and nothing is overdue.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class ReportDeadlines {

    private final SubmissionDeadlines localDeadlines;
    private final AnnualNotices notices;
    private final Clock clock;

    ReportDeadlines(SubmissionDeadlines localDeadlines, AnnualNotices notices, Clock clock) {
        this.localDeadlines = localDeadlines;
        this.notices = notices;
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
        Optional<NoticeView> notice = notices.forYear(reportYear);
        if (notice.isPresent()) {
            LocalDate deadline = notice.get().parksDeadline();
            return Optional.of(new DeadlineCountdown(deadline, ChronoUnit.DAYS.between(today, deadline),
                    DeadlineCountdown.Source.NOTICE, notice.get().documentNumber()));
        }
        return localDeadlines.deadlineFor(reportYear).map(deadline -> new DeadlineCountdown(deadline,
                ChronoUnit.DAYS.between(today, deadline), DeadlineCountdown.Source.LOCAL, null));
    }
}
