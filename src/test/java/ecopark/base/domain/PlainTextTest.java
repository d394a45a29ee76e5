package ecopark.base.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainTextTest {

    @Test
    void chinese_text_with_line_breaks_and_tabs_is_plain() {
        assertThat(PlainText.check("园区简介\n\t第二段 𠀀", 100)).isEmpty();
    }

    @Test
    void a_right_to_left_override_is_refused_with_its_code_and_position() {
        PlainText.Problem problem = PlainText.check("ab\u202Ecd", 100).orElseThrow();
        assertThat(problem.key()).isEqualTo(PlainText.ERROR_CONTROL);
        assertThat(problem.args()).containsExactly("U+202E", 3);
    }

    @Test
    void zero_width_characters_are_counted_and_can_be_removed() {
        String text = "绿化\u200B覆盖\uFEFF率";
        assertThat(PlainText.forbiddenCount(text)).isEqualTo(2);
        assertThat(PlainText.withoutForbidden(text)).isEqualTo("绿化覆盖率");
    }

    @Test
    void text_over_its_limit_is_refused_with_limit_and_length() {
        PlainText.Problem problem = PlainText.check("一二三四", 3).orElseThrow();
        assertThat(problem.key()).isEqualTo(PlainText.ERROR_TOO_LONG);
        assertThat(problem.args()).containsExactly(3, 4);
    }
}
