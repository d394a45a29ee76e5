package ecopark.report.service;

import java.time.LocalDate;

/**
 * How far a report that still has to be submitted is from its year's deadline, in calendar days: positive while
 * there is time (the deadline day itself counts as 0), negative once it has passed.
 */
public record DeadlineCountdown(LocalDate deadline, long daysLeft) {

    public boolean isOverdue() {
        return daysLeft < 0;
    }
}
