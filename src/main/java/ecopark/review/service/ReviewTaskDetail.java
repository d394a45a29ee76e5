package ecopark.review.service;

import ecopark.report.service.RevisionView;

/** A review task with the revision it is about; {@code mine} when the current reviewer holds it. */
public record ReviewTaskDetail(ReviewTaskItem task, RevisionView revision, boolean mine) {
}
