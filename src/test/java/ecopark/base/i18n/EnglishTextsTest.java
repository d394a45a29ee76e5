package ecopark.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.ChoiceFormat;
import java.text.DateFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The English bundle reads as English: apostrophes shown once (never doubled, never swallowed by MessageFormat's
 * quoting), no full-width punctuation, and Chinese only where the text is data quoted in Chinese on purpose.
 */
class EnglishTextsTest {

    private static final Map<String, String> ENGLISH = TranslationProvider.dictionary(TranslationProvider.ENGLISH);
    private static final Map<String, String> CHINESE = TranslationProvider.dictionary(TranslationProvider.CHINESE);

    /** A lone ' starts a quoted section in MessageFormat and disappears from the text shown. */
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");
    private static final Pattern FULL_WIDTH = Pattern.compile("[（）：，；。、！？【】《》「」]");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    /** English texts that quote Chinese on purpose: the language switch's own name, and values typed in Chinese. */
    private static final Set<String> CHINESE_ON_PURPOSE = Set.of("language.other", "portal.otherLanguage",
            "number.error.fullStop", "rectification.import.help.STATUS", "rectification.import.error.status",
            "search.hint"); // the language links name Chinese in Chinese; a search example shows Chinese words
    /** Sentences quoted into the disclosure form, which is written in Chinese whatever the user's language. */
    private static final String CHINESE_SENTENCES = "rectification.figures.sentence.";

    @Test
    void every_text_shows_each_apostrophe_exactly_once() {
        Map<String, String> wrong = new TreeMap<>();
        for (Map<String, String> bundle : List.of(ENGLISH, CHINESE)) {
            bundle.forEach((key, pattern) -> {
                if (LONE_APOSTROPHE.matcher(pattern).find()) {
                    wrong.put(key, "lone ' (lost when shown; write '') in: " + pattern);
                    return;
                }
                String shown = rendered(pattern, bundle == ENGLISH ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE);
                if (shown.contains("''")) {
                    wrong.put(key, "doubled apostrophe shown: " + shown);
                }
            });
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void an_apostrophe_in_a_text_without_arguments_is_shown_once() {
        TranslationProvider provider = new TranslationProvider();

        assertThat(provider.getTranslation("publication.form.partThreeNote", Locale.ENGLISH))
                .contains("previous year's report");
        assertThat(provider.getTranslation("evaluation.editor.standard", Locale.ENGLISH, "HJ 274-2015"))
                .contains("last year's report");
    }

    @Test
    void english_texts_have_no_full_width_punctuation() {
        Map<String, String> wrong = new TreeMap<>();
        ENGLISH.forEach((key, text) -> {
            if (!chineseOnPurpose(key) && FULL_WIDTH.matcher(text).find()) {
                wrong.put(key, text);
            }
        });
        assertThat(wrong).isEmpty();
    }

    @Test
    void english_texts_have_no_chinese_except_quoted_data() {
        Map<String, String> wrong = new TreeMap<>();
        ENGLISH.forEach((key, text) -> {
            if (!chineseOnPurpose(key) && HAN.matcher(text).find()) {
                wrong.put(key, text);
            }
        });
        assertThat(wrong).isEmpty();
    }

    @Test
    void ids_and_years_are_shown_without_digit_grouping() {
        TranslationProvider provider = new TranslationProvider();

        assertThat(provider.getTranslation("report.error.notFound", Locale.SIMPLIFIED_CHINESE, 9999L))
                .isEqualTo("报告 9999 不存在");
        assertThat(provider.getTranslation("report.error.notFound", Locale.ENGLISH, 12345))
                .isEqualTo("Report 12345 does not exist");
        // A placeholder with its own number format keeps it.
        assertThat(provider.getTranslation("file.error.tooLarge", Locale.ENGLISH, "a.pdf", 10))
                .contains("larger than 10 MB");
    }

    private static boolean chineseOnPurpose(String key) {
        return CHINESE_ON_PURPOSE.contains(key) || key.startsWith(CHINESE_SENTENCES);
    }

    /** The pattern formatted with a plausible argument for each placeholder. */
    private static String rendered(String pattern, Locale locale) {
        MessageFormat format = new MessageFormat(pattern, locale);
        Format[] formats = format.getFormatsByArgumentIndex();
        Object[] args = new Object[formats.length];
        for (int i = 0; i < formats.length; i++) {
            args[i] = formats[i] instanceof ChoiceFormat || formats[i] instanceof NumberFormat ? 2
                    : formats[i] instanceof DateFormat ? new Date(0) : "X";
        }
        return format.format(args);
    }
}
