package ecopark.base.i18n;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * A translation key with its arguments, to be read later in whatever language the reader has: the argument of
 * another message (a reason inside a refusal, a field's label inside "… is missing").
 */
public record Translatable(String key, List<Object> args) implements Localizable {

    public Translatable {
        args = List.copyOf(args);
    }

    public static Translatable of(String key, Object... args) {
        return new Translatable(key, Arrays.asList(args));
    }

    @Override
    public String in(Locale locale) {
        return TranslationProvider.translate(locale, key, args.toArray());
    }

    /** Several texts as one list argument: "a、b、c" in Chinese, "a, b, c" in English. */
    public static Localizable listOf(List<? extends Localizable> items) {
        return new Listing(List.copyOf(items));
    }

    /** Plain texts (codes, years) as one list argument, joined in the reader's language. */
    public static Localizable listOfPlain(Collection<String> items) {
        return listOf(items.stream().map(item -> (Localizable) locale -> item).toList());
    }

    private record Listing(List<Localizable> items) implements Localizable {

        @Override
        public String in(Locale locale) {
            String separator = TranslationProvider.translate(locale, "i18n.listSeparator");
            return String.join(separator, items.stream().map(item -> item.in(locale)).toList());
        }
    }
}
