package ecopark.report.service;

import ecopark.base.i18n.Localizable;
import ecopark.base.i18n.TranslationProvider;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * One reason why a report cannot be submitted yet: a translation key and its arguments. An argument that is itself
 * a translation key (a section's name) is wrapped in {@link Key}; it and catalogue text (an indicator's name) are
 * {@link Localizable}, so each user reads the whole message in their language.
 */
public record SubmissionProblem(String messageKey, List<Object> args) {

    public SubmissionProblem {
        args = List.copyOf(args);
    }

    public static SubmissionProblem of(String messageKey, Object... args) {
        return new SubmissionProblem(messageKey, Arrays.asList(args));
    }

    /** An argument to be translated before it is put into the message. */
    public record Key(String key) implements Localizable {

        @Override
        public String in(Locale locale) {
            return TranslationProvider.translate(locale, key);
        }
    }
}
