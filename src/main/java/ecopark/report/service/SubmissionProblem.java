package ecopark.report.service;

/** One reason why a report cannot be submitted yet: a translation key and its arguments (keys are translated too). */
public record SubmissionProblem(String messageKey, String... argumentKeys) {
}
