package ecopark.report.service;

import java.time.LocalDate;

/**
 * How far a report that still has to be submitted is from its year's deadline, in calendar days: positive while
 * there is time (the deadline day itself counts as 0), negative once it has passed.
 *
 * @param source where the deadline comes from: the national office's notice, or only a local setting
 * @param documentNumber the notice's 文号; null for a local deadline
 */
public record DeadlineCountdown(LocalDate deadline, long daysLeft, Source source, String documentNumber) {

    /** Where a deadline comes from. */
    public enum Source {
        /** The parks' deadline of the year's annual notice. */
        NOTICE,
        /** No national notice for the year: a date this installation configured (the administrators' or the default). */
        LOCAL
    }

    public boolean isOverdue() {
        return daysLeft < 0;
    }

    public boolean isLocal() {
        return source == Source.LOCAL;
    }
}
