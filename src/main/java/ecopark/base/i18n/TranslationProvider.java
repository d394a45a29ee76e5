package ecopark.base.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Every user-visible string comes from {@code messages_zh_CN.properties} or {@code messages_en.properties}.
 * Chinese is the default: the product's users are Chinese civil servants and park staff.
 */
@Component
public class TranslationProvider implements I18NProvider {

    public static final String BUNDLE = "i18n.messages";
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> LOCALES = List.of(CHINESE, ENGLISH);

    private static final Logger log = LoggerFactory.getLogger(TranslationProvider.class);

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        if (key == null) {
            return "";
        }
        ResourceBundle bundle = bundle(locale);
        if (!bundle.containsKey(key)) {
            log.warn("Missing translation key '{}' for {}", key, locale);
            return "!" + key;
        }
        String pattern = bundle.getString(key);
        return params.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(params);
    }

    /** The bundle for a supported locale; anything else falls back to Chinese. */
    public static ResourceBundle bundle(Locale locale) {
        Locale supported = locale != null && ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : CHINESE;
        try {
            return ResourceBundle.getBundle(BUNDLE, supported, ResourceBundle.Control.getNoFallbackControl(
                    ResourceBundle.Control.FORMAT_PROPERTIES));
        } catch (MissingResourceException e) {
            throw new IllegalStateException("Translation bundle missing for " + supported, e);
        }
    }
}
