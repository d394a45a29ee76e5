package ecopark.report.service;

import static org.assertj.core.api.Assertions.assertThat;

import ecopark.report.service.TextDiff.Kind;
import ecopark.report.service.TextDiff.Segment;
import org.junit.jupiter.api.Test;

class TextDiffTest {

    @Test
    void a_changed_chinese_word_is_marked_character_by_character_not_as_a_whole_sentence() {
        TextDiff diff = TextDiff.between("园区全年完成工业总产值902亿元。", "园区全年实现工业总产值950亿元。");

        assertThat(diff.segments()).containsExactly(
                new Segment(Kind.SAME, "园区全年"),
                new Segment(Kind.REMOVED, "完成"),
                new Segment(Kind.ADDED, "实现"),
                new Segment(Kind.SAME, "工业总产值9"),
                new Segment(Kind.REMOVED, "02"),
                new Segment(Kind.ADDED, "50"),
                new Segment(Kind.SAME, "亿元。"));
        assertThat(diff.removedCharacters()).isEqualTo(4);
        assertThat(diff.addedCharacters()).isEqualTo(4);
    }

    @Test
    void an_inserted_phrase_is_one_addition() {
        TextDiff diff = TextDiff.between("推进循环化改造。", "稳步推进园区循环化改造。");

        assertThat(diff.segments()).containsExactly(
                new Segment(Kind.ADDED, "稳步"),
                new Segment(Kind.SAME, "推进"),
                new Segment(Kind.ADDED, "园区"),
                new Segment(Kind.SAME, "循环化改造。"));
    }

    @Test
    void a_single_matching_character_inside_a_rewrite_does_not_split_it() {
        TextDiff diff = TextDiff.between("节能的成效显著", "减排的任务艰巨");

        assertThat(diff.segments()).containsExactly(
                new Segment(Kind.REMOVED, "节能的成效显著"),
                new Segment(Kind.ADDED, "减排的任务艰巨"));
    }

    @Test
    void identical_texts_are_unchanged_and_missing_text_reads_as_empty() {
        assertThat(TextDiff.between("相同", "相同").changed()).isFalse();
        assertThat(TextDiff.between(null, "").segments()).isEmpty();
        assertThat(TextDiff.between(null, "新增段落").segments())
                .containsExactly(new Segment(Kind.ADDED, "新增段落"));
        assertThat(TextDiff.between("删去段落", null).segments())
                .containsExactly(new Segment(Kind.REMOVED, "删去段落"));
    }

    @Test
    void characters_outside_the_basic_plane_stay_whole() {
        TextDiff diff = TextDiff.between("𠀀甲", "𠀁甲");

        assertThat(diff.segments()).containsExactly(new Segment(Kind.REMOVED, "𠀀"), new Segment(Kind.ADDED, "𠀁"),
                new Segment(Kind.SAME, "甲"));
        assertThat(diff.removedCharacters()).isEqualTo(1);
    }

    @Test
    void line_breaks_are_characters_like_any_other() {
        TextDiff diff = TextDiff.between("第一段\n\n第二段", "第一段\n第二段");

        assertThat(diff.before()).isEqualTo("第一段\n\n第二段");
        assertThat(diff.after()).isEqualTo("第一段\n第二段");
        assertThat(diff.removedCharacters()).isEqualTo(1);
    }
}
