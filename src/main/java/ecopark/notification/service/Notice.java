package ecopark.notification.service;

import java.util.List;

/**
 * What to tell: a translation key (in the {@code notification} bundle) with its arguments, and the page it is about
 * (a route such as {@code report/12}, or null).
 */
public record Notice(String messageKey, List<String> args, String link) {

    public Notice {
        args = List.copyOf(args);
    }

    public static Notice of(String messageKey, String link, Object... args) {
        return new Notice(messageKey, java.util.Arrays.stream(args).map(String::valueOf).toList(), link);
    }
}
