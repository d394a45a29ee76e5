package ecopark.security.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ecopark.base.domain.BusinessRuleException;
import ecopark.base.i18n.TranslationProvider;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void a_long_password_with_letters_digits_and_a_symbol_is_accepted() {
        assertThat(PasswordPolicy.violation("cc_staff", "Lvse-Yuanqu#2026")).isEmpty();
        assertThat(PasswordPolicy.violation("wangli", "绿色园区-2026年")).as("Chinese letters count as letters").isEmpty();
    }

    @Test
    void the_demo_password_and_well_known_ones_are_refused_whatever_their_case() {
        assertThat(PasswordPolicy.violation("zhangwei", "Ecopark#2026")).contains("password.error.wellKnown");
        assertThat(PasswordPolicy.violation("zhangwei", "ECOPARK#2026")).contains("password.error.wellKnown");
        assertThat(PasswordPolicy.violation("zhangwei", "Password1!")).contains("password.error.wellKnown");
        assertThat(PasswordPolicy.violation("zhangwei", "password1!")).contains("password.error.wellKnown");
        assertThat(PasswordPolicy.violation("zhangwei", "P@ssw0rd123")).contains("password.error.wellKnown");
        assertThat(TranslationProvider.translate(TranslationProvider.CHINESE, "password.error.wellKnown"))
                .contains("演示密码");
        assertThat(TranslationProvider.translate(java.util.Locale.ENGLISH, "password.error.wellKnown"))
                .contains("demo password");
    }

    @Test
    void fewer_than_ten_characters_are_refused() {
        assertThat(PasswordPolicy.violation("cc_staff", "Eco#2026x")).contains("password.error.tooShort");
    }

    @Test
    void letters_digits_and_another_character_are_all_required() {
        assertThat(PasswordPolicy.violation("u", "abcdefghij12")).contains("password.error.characterClasses");
        assertThat(PasswordPolicy.violation("u", "abcdefghij#!")).contains("password.error.characterClasses");
        assertThat(PasswordPolicy.violation("u", "1234567890#!")).contains("password.error.characterClasses");
    }

    @Test
    void a_password_containing_the_username_is_refused_whatever_the_case() {
        assertThat(PasswordPolicy.violation("cc_staff", "My-CC_Staff-2026"))
                .contains("password.error.containsUsername");
    }

    @Test
    void a_password_longer_than_bcrypt_reads_is_refused_instead_of_being_cut() {
        String chinese = "园".repeat(24) + "1#"; // 24 × 3 bytes + 2 > 72 bytes
        assertThat(PasswordPolicy.violation("u", chinese)).contains("password.error.tooLong");
    }

    @Test
    void an_empty_password_is_refused() {
        assertThat(PasswordPolicy.violation("u", "")).contains("password.error.required");
        assertThat(PasswordPolicy.violation("u", null)).contains("password.error.required");
    }

    @Test
    void require_throws_the_reason_as_a_translation_key() {
        assertThatThrownBy(() -> PasswordPolicy.require("u", "short1#"))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("password.error.tooShort"));
    }

    @Test
    void every_reason_is_translated_in_both_languages() {
        for (String key : List.of("password.error.required", "password.error.tooShort", "password.error.tooLong",
                "password.error.characterClasses", "password.error.containsUsername")) {
            assertThat(TranslationProvider.dictionary(TranslationProvider.CHINESE)).containsKey(key);
            assertThat(TranslationProvider.dictionary(TranslationProvider.ENGLISH)).containsKey(key);
        }
    }

    @Test
    void generated_passwords_always_follow_the_policy_and_differ() {
        var generated = IntStream.range(0, 200).mapToObj(i -> PasswordPolicy.generate("admin")).toList();

        assertThat(generated).allSatisfy(p -> assertThat(PasswordPolicy.violation("admin", p)).isEmpty());
        assertThat(generated).doesNotHaveDuplicates();
    }
}
