package ecopark.review.process;

import ecopark.review.domain.ReviewStage;

/** A review stage's deadline approaches (reminder to the assignee) or has passed (escalation to managers). */
public record ReviewDeadline(long reportId, ReviewStage stage, Kind kind) {

    public enum Kind { REMINDER, OVERDUE }
}
