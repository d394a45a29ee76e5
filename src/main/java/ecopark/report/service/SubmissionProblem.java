package ecopark.report.service;

import java.util.Arrays;
import java.util.List;

/**
 * One reason why a report cannot be submitted yet: a translation key and its arguments. An argument that is itself
 * a translation key (a section's name) is wrapped in {@link Key}, so each user reads it in their language.
 */
public record SubmissionProblem(String messageKey, List<Object> args) {

    public SubmissionProblem {
        args = List.copyOf(args);
    }

    public static SubmissionProblem of(String messageKey, Object... args) {
        return new SubmissionProblem(messageKey, Arrays.asList(args));
    }

    /** An argument to be translated before it is put into the message. */
    public record Key(String key) {
    }
}
