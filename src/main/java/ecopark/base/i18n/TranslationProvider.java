package ecopark.base.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Format;
import java.text.MessageFormat;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Every user-visible string comes from the bundles in {@code i18n/}: one pair of files per feature
 * ({@code <feature>_zh_CN.properties}, {@code <feature>_en.properties}), merged into one dictionary per language.
 * Chinese is the default: the product's users are Chinese civil servants and park staff.
 */
@Component
public class TranslationProvider implements I18NProvider {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> LOCALES = List.of(CHINESE, ENGLISH);

    private static final Logger log = LoggerFactory.getLogger(TranslationProvider.class);
    private static final Map<Locale, Map<String, String>> DICTIONARIES = Map.of(
            CHINESE, load("zh_CN"), ENGLISH, load("en"));

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        if (key == null) {
            return "";
        }
        Locale supported = supported(locale);
        String pattern = DICTIONARIES.get(supported).get(key);
        if (pattern == null) {
            log.warn("Missing translation key '{}' for {}", key, supported);
            return "!" + key;
        }
        // Every value is a MessageFormat pattern, with or without arguments, so a literal apostrophe is always
        // written '' in the bundles and always shown once.
        MessageFormat format = new MessageFormat(pattern, supported);
        return format.format(localized(params, supported, format));
    }

    /**
     * The arguments as the message shows them: text that exists in several languages ({@link Localizable}: catalogue
     * names, translation keys) in the message's language; whole numbers in a plain {@code {n}} placeholder without
     * digit grouping, because they are ids, years and counts ("报告 9999", not "报告 9,999"); everything else as it
     * is (a placeholder with its own format, such as {@code {0,number,#.##}}, keeps it).
     */
    private static Object[] localized(Object[] params, Locale locale, MessageFormat format) {
        Object[] shown = params.clone();
        Format[] formats = format.getFormatsByArgumentIndex();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof Localizable text) {
                shown[i] = text.in(locale);
            } else if (isWholeNumber(shown[i]) && (i >= formats.length || formats[i] == null)) {
                shown[i] = String.valueOf(shown[i]);
            }
        }
        return shown;
    }

    private static boolean isWholeNumber(Object value) {
        return value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte
                || value instanceof java.math.BigInteger;
    }

    /** Translation outside a Vaadin component (exports, documents, e-mails, API error bodies). */
    public static String translate(Locale locale, String key, Object... params) {
        return new TranslationProvider().getTranslation(key, locale, params);
    }

    /** All keys and texts of one language, for checks. */
    public static Map<String, String> dictionary(Locale locale) {
        return DICTIONARIES.get(supported(locale));
    }

    /** English when asked for English, Chinese for everything else. */
    public static Locale supported(Locale locale) {
        return locale != null && ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : CHINESE;
    }

    private static Map<String, String> load(String suffix) {
        Map<String, String> merged = new HashMap<>();
        try {
            Resource[] files = new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:i18n/*_" + suffix + ".properties");
            for (Resource file : files) {
                Properties properties = new Properties();
                try (InputStream in = file.getInputStream()) {
                    properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                }
                properties.forEach((k, v) -> {
                    if (merged.put((String) k, (String) v) != null) {
                        log.warn("Translation key '{}' is defined twice ({})", k, file.getFilename());
                    }
                });
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read translation bundles", e);
        }
        return Collections.unmodifiableMap(merged);
    }
}
