package ecopark.base.domain;

import java.util.List;

/**
 * One refused field of a form: which field (a name the form and its service agree on, e.g. {@code statistic:employees:2020})
 * and why, as a translation key with its arguments, so the form marks the field that caused it in the user's language.
 */
public record FieldProblem(String field, String key, List<Object> args) {

    public FieldProblem {
        args = List.copyOf(args);
    }

    public static FieldProblem of(String field, String key, Object... args) {
        return new FieldProblem(field, key, List.of(args));
    }
}
