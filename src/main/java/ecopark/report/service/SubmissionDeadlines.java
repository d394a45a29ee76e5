package ecopark.report.service;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The day by which parks must submit their annual report for a year. Implemented by the review feature, which keeps
 * the deadlines administrators set, so that report does not depend on review.
 */
public interface SubmissionDeadlines {

    /** The submission deadline for reports of the year, if one is set or configured as the default. */
    Optional<LocalDate> deadlineFor(int reportYear);
}
