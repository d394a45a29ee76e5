package ecopark.base.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LikePatternTest {

    @Test
    void wildcards_and_the_escape_character_are_escaped_and_other_text_is_kept() {
        assertThat(LikePattern.escape("50%_达标!")).isEqualTo("50!%!_达标!!");
        assertThat(LikePattern.escape("长春 经开区")).isEqualTo("长春 经开区");
    }

    @Test
    void a_contains_pattern_wraps_the_escaped_text_in_wildcards() {
        assertThat(LikePattern.contains("%")).isEqualTo("%!%%");
    }
}
