package ecopark.report.service;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The locally configured day by which parks must submit their annual report for a year, used only where the national
 * office issued no notice for the year ({@link ReportDeadlines}). Implemented by the review feature, which keeps the
 * dates administrators set, so that report does not depend on review.
 */
public interface SubmissionDeadlines {

    /** The local deadline for reports of the year, if one is set or a local default is configured. */
    Optional<LocalDate> deadlineFor(int reportYear);
}
