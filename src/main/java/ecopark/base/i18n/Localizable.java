package ecopark.base.i18n;

import java.util.Locale;

/**
 * Text that exists in more than one language (catalogue data, a translation key with its arguments). Passed as an
 * argument of a message, {@link TranslationProvider} puts it in the message's language, so a message built from parts
 * never prints a Java record.
 */
public interface Localizable {

    String in(Locale locale);
}
