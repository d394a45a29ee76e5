package ecopark.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class TranslationBundlesTest {

    /** Keys written literally in the code: getTranslation("…"), labelKey prefixes are checked through enums. */
    private static final Pattern KEY_IN_CODE = Pattern.compile(
            "(?:getTranslation|t)\\(\\s*\"([a-zA-Z][\\w.]+)\"|title\\s*=\\s*\"([a-z][\\w.]+)\"|"
                    + "BusinessRuleException\\(\\s*\"([a-z][\\w.]+)\"|super\\(\\s*\"([a-z][\\w.]+)\"");

    @Test
    void chinese_and_english_bundles_have_the_same_keys() {
        Set<String> chinese = TranslationProvider.dictionary(TranslationProvider.CHINESE).keySet();
        Set<String> english = TranslationProvider.dictionary(TranslationProvider.ENGLISH).keySet();

        assertThat(difference(chinese, english)).as("keys missing in English").isEmpty();
        assertThat(difference(english, chinese)).as("keys missing in Chinese").isEmpty();
    }

    @Test
    void every_feature_bundle_exists_in_both_languages() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/i18n"))) {
            Set<String> names = new TreeSet<>(files.map(f -> f.getFileName().toString()).toList());
            for (String name : names) {
                String partner = name.endsWith("_zh_CN.properties") ? name.replace("_zh_CN.", "_en.")
                        : name.replace("_en.", "_zh_CN.");
                assertThat(names).as("partner of " + name).contains(partner);
            }
        }
    }

    @Test
    void chinese_is_the_default_and_unknown_languages_fall_back_to_it() {
        TranslationProvider provider = new TranslationProvider();
        assertThat(provider.getProvidedLocales().get(0)).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(provider.getTranslation("login.submit", Locale.FRENCH)).isEqualTo("登录");
        assertThat(provider.getTranslation("login.submit", Locale.ENGLISH)).isEqualTo("Sign in");
    }

    @Test
    void every_key_the_code_uses_exists_in_both_bundles() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_IN_CODE.matcher(Files.readString(file));
                while (m.find()) {
                    for (int g = 1; g <= m.groupCount(); g++) {
                        if (m.group(g) != null && m.group(g).contains(".") && !m.group(g).endsWith(".")) {
                            used.add(m.group(g));
                        }
                    }
                }
            }
        }
        Set<String> chinese = TranslationProvider.dictionary(TranslationProvider.CHINESE).keySet();
        Set<String> english = TranslationProvider.dictionary(TranslationProvider.ENGLISH).keySet();
        assertThat(difference(used, chinese)).as("keys used in code but missing in Chinese").isEmpty();
        assertThat(difference(used, english)).as("keys used in code but missing in English").isEmpty();
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> d = new TreeSet<>(a);
        d.removeAll(b == null ? Collections.emptySet() : b);
        return d;
    }
}
