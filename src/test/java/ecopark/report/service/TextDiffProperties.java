package ecopark.report.service;

import static org.assertj.core.api.Assertions.assertThat;

import ecopark.report.service.TextDiff.Kind;
import ecopark.report.service.TextDiff.Segment;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

/** Whatever the texts, the segments give both revisions back and never repeat a kind twice in a row (jqwik). */
class TextDiffProperties {

    @Property(tries = 500)
    void the_segments_rebuild_both_texts(
            @ForAll @StringLength(max = 40) @Chars({'园', '区', '的', '工', '业', '。', '\n', 'a', '1'}) String before,
            @ForAll @StringLength(max = 40) @Chars({'园', '区', '的', '工', '业', '。', '\n', 'a', '1'}) String after) {
        TextDiff diff = TextDiff.between(before, after);

        assertThat(diff.before()).isEqualTo(before);
        assertThat(diff.after()).isEqualTo(after);
        assertThat(diff.changed()).isEqualTo(!before.equals(after));
        List<Segment> segments = diff.segments();
        for (int i = 1; i < segments.size(); i++) {
            assertThat(segments.get(i).kind()).isNotEqualTo(segments.get(i - 1).kind());
            assertThat(segments.get(i).text()).isNotEmpty();
        }
        for (int i = 1; i < segments.size(); i++) {
            // Within a change, what was removed is listed before what was added.
            assertThat(segments.get(i - 1).kind() == Kind.ADDED && segments.get(i).kind() == Kind.REMOVED).isFalse();
        }
    }
}
