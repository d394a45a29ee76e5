package ecopark.evaluation.service;

import java.util.List;

/** Why something is refused, as a translation key with its arguments, so each user reads it in their language. */
public record Reason(String key, List<Object> args) {

    public static Reason of(String key, Object... args) {
        return new Reason(key, List.of(args));
    }
}
