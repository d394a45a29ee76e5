package ecopark.base.audit;

import static org.assertj.core.api.Assertions.assertThat;

import ecopark.base.i18n.TranslationProvider;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AuditTranslationsTest {

    private static final List<Locale> LANGUAGES = TranslationProvider.LOCALES;

    @Test
    void every_action_the_code_can_record_has_a_name_in_both_languages() {
        for (Locale language : LANGUAGES) {
            Map<String, String> words = TranslationProvider.dictionary(language);
            assertThat(Arrays.stream(AuditAction.values()).map(AuditAction::labelKey))
                    .as("action names in %s", language)
                    .allSatisfy(key -> assertThat(words).containsKey(key));
        }
    }

    @Test
    void every_kind_of_object_has_a_name_in_both_languages() {
        for (Locale language : LANGUAGES) {
            Map<String, String> words = TranslationProvider.dictionary(language);
            assertThat(Arrays.stream(AuditSubject.values()).map(AuditSubject::labelKey))
                    .allSatisfy(key -> assertThat(words).containsKey(key));
        }
    }

    @Test
    void a_detail_message_exists_in_both_languages_or_in_neither_and_only_for_a_known_action() {
        Set<String> actions = Arrays.stream(AuditAction.values()).map(AuditAction::detailKey)
                .collect(Collectors.toSet());
        Set<String> chinese = detailKeys(TranslationProvider.CHINESE);
        Set<String> english = detailKeys(TranslationProvider.ENGLISH);
        assertThat(chinese).isEqualTo(english);
        assertThat(actions).containsAll(chinese);
    }

    @Test
    void the_english_trail_has_no_chinese_words_or_full_width_punctuation_outside_data() {
        assertThat(TranslationProvider.dictionary(TranslationProvider.ENGLISH).entrySet().stream()
                .filter(e -> e.getKey().startsWith("audit.")).filter(e -> !e.getValue().matches("\\p{ASCII}*"))
                .map(Map.Entry::getKey)).isEmpty();
    }

    @Test
    void the_system_reads_as_one_name_per_language_whatever_an_old_line_stored() {
        AuditEntry marker = entry("@system", "@system", "REVIEW_OVERDUE", null, null);
        AuditEntry chineseOld = entry("system", "系统", "REVIEW_OVERDUE", "FINAL", null);
        AuditEntry englishOld = entry("system", "System", "REVIEW_OVERDUE", "FINAL", null);
        for (AuditEntry e : List.of(marker, chineseOld, englishOld)) {
            assertThat(AuditText.actor(e, TranslationProvider.CHINESE)).isEqualTo("系统");
            assertThat(AuditText.actor(e, TranslationProvider.ENGLISH)).isEqualTo("System");
        }
    }

    @Test
    void old_lines_show_stages_and_revisions_in_words_not_internal_codes() {
        assertThat(AuditText.detail(entry("li", "李明", "REVIEW_APPROVED", "FINAL", null), Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("复核");
        assertThat(AuditText.detail(entry("li", "李明", "REPORT_SUBMITTED", "r1", null), Locale.ENGLISH))
                .isEqualTo("revision 1");
        assertThat(AuditText.detail(entry("li", "李明", "PUBLICATION_SUPERSEDED", "r1 → r2", null),
                Locale.SIMPLIFIED_CHINESE)).isEqualTo("第 1 版 → 第 2 版");
    }

    @Test
    void new_lines_keep_their_arguments_and_read_in_the_readers_language() {
        String args = AuditDetail.toJson(new Object[] {AuditDetail.key("review.stage.PRELIMINARY")});
        AuditEntry approved = entry("li", "李明", "REVIEW_APPROVED", null, args);
        assertThat(AuditText.detail(approved, Locale.SIMPLIFIED_CHINESE)).isEqualTo("初审");
        assertThat(AuditText.detail(approved, Locale.ENGLISH)).doesNotContain("PRELIMINARY").isNotBlank();

        AuditEntry submitted = entry("li", "李明", "REPORT_SUBMITTED", null, AuditDetail.toJson(new Object[] {2}));
        assertThat(AuditText.detail(submitted, Locale.SIMPLIFIED_CHINESE)).isEqualTo("第 2 版");
        assertThat(AuditText.detail(submitted, Locale.ENGLISH)).isEqualTo("Revision 2");

        AuditEntry selected = entry("li", "李明", "INDICATORS_SELECTED", null, AuditDetail.toJson(
                new Object[] {List.of("2", "6", "8"), AuditDetail.note("与上年度保持一致")}));
        assertThat(AuditText.detail(selected, Locale.SIMPLIFIED_CHINESE)).isEqualTo("选择性指标 2、6、8（与上年度保持一致）");
        assertThat(AuditText.detail(selected, Locale.ENGLISH)).isEqualTo("Optional indicators 2, 6, 8 (与上年度保持一致)");
    }

    private static AuditEntry entry(String actor, String name, String action, String detail, String args) {
        AuditEntry e = new AuditEntry(java.time.Instant.now(), actor, name, action, "REPORT", 1, null, args);
        if (detail != null) {
            try {
                var field = AuditEntry.class.getDeclaredField("detail");
                field.setAccessible(true);
                field.set(e, detail);
            } catch (ReflectiveOperationException ex) {
                throw new IllegalStateException(ex);
            }
        }
        return e;
    }

    private static Set<String> detailKeys(Locale language) {
        return TranslationProvider.dictionary(language).keySet().stream().filter(k -> k.startsWith("audit.detail."))
                .collect(Collectors.toSet());
    }
}
