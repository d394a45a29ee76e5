package ecopark.base.portal;

import ecopark.base.i18n.TranslationProvider;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.AbstractMessageResolver;

/**
 * {@code #{key(args)}} in the portal's templates: the application's translation bundles through
 * {@link TranslationProvider}, which formats every value with MessageFormat, as the Vaadin views do.
 */
final class PortalMessages extends AbstractMessageResolver {

    @Override
    public String resolveMessage(ITemplateContext context, Class<?> origin, String key, Object[] messageParameters) {
        return TranslationProvider.translate(context.getLocale(), key,
                messageParameters == null ? new Object[0] : messageParameters);
    }

    @Override
    public String createAbsentMessageRepresentation(ITemplateContext context, Class<?> origin, String key,
            Object[] messageParameters) {
        return "!" + key;
    }
}
