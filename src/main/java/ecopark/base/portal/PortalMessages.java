package ecopark.base.portal;

import ecopark.base.i18n.TranslationProvider;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;

/**
 * {@code #{key(args)}} in the portal's templates: the application's translation bundles through
 * {@link TranslationProvider}, which formats every value with MessageFormat as the Vaadin views do (so {@code ''}
 * reads as one apostrophe). The template engine's own message source only; the application has no other.
 */
final class PortalMessages implements MessageSource {

    @Override
    public String getMessage(String code, Object[] args, String defaultMessage, Locale locale) {
        return known(code, locale) ? translate(code, args, locale) : defaultMessage;
    }

    @Override
    public String getMessage(String code, Object[] args, Locale locale) {
        if (!known(code, locale)) {
            throw new NoSuchMessageException(code, locale);
        }
        return translate(code, args, locale);
    }

    @Override
    public String getMessage(MessageSourceResolvable resolvable, Locale locale) {
        String[] codes = resolvable.getCodes();
        if (codes != null) {
            for (String code : codes) {
                if (known(code, locale)) {
                    return translate(code, resolvable.getArguments(), locale);
                }
            }
        }
        if (resolvable.getDefaultMessage() != null) {
            return resolvable.getDefaultMessage();
        }
        throw new NoSuchMessageException(codes == null || codes.length == 0 ? "" : codes[0], locale);
    }

    private static boolean known(String code, Locale locale) {
        return code != null && TranslationProvider.dictionary(TranslationProvider.supported(locale)).containsKey(code);
    }

    private static String translate(String code, Object[] args, Locale locale) {
        return TranslationProvider.translate(locale, code, args == null ? new Object[0] : args);
    }
}
