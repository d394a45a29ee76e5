package ecopark.rectification.service;

import static org.assertj.core.api.Assertions.assertThat;

import ecopark.rectification.domain.RectificationSource;
import ecopark.rectification.service.QuotedCounts.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuotedCountsTest {

    /** The seed form's paragraph "7、中央环保督察整改任务落实情况", as published. */
    static final String SEED = "在全区各相关部门扎实工作和配合努力下,长春经开区完成了中央环保督察\"回头看\"、黑臭水体巡查及省级环保督察工作任务。"
            + "中央环保督察反馈问题整改涉及经开区共18项任务,已完成15项,剩余4项正按序时进度推进。"
            + "吉林省生态环境保护督察反馈问题整改,涉及经开区20项任务,已完成18项;"
            + "中央生态环境保护督察\"回头看\"督察反馈问题整改涉及经开区9项,完成8项;"
            + "中央环保督察交办的209个信访案件、省级督察的67个信访案件和\"回头看\"期间交办的287个信访件全部办理结案。"
            + "经开区深入落实河长制,大力实施黑臭水体整治、禁养区养殖户搬迁、河道清淤、两岸垃圾清理、雨污分流\"五大行动\"。";

    @Test
    void the_seeds_inspection_paragraph_quotes_four_sets_of_counts_one_of_which_does_not_add_up() {
        List<Quote> quotes = QuotedCounts.in(SEED);

        assertThat(quotes).extracting(q -> q.source() + " " + q.total() + "/" + q.closed() + "/" + q.remaining())
                .containsExactly("CENTRAL_INSPECTION 18/15/4", "PROVINCIAL_INSPECTION 20/18/null",
                        "CENTRAL_FOLLOW_UP 9/8/null", "PETITION 563/563/0");
        assertThat(quotes.get(0).addsUp()).isFalse();
        assertThat(quotes.subList(1, 4)).allMatch(Quote::addsUp);
    }

    @Test
    void the_registrys_own_sentences_are_read_back_as_written() {
        String sentence = NarrativeFigureService.sentence(RectificationSource.CENTRAL_INSPECTION, null, "长春经济技术开发区",
                18, 15);
        assertThat(sentence).isEqualTo("中央环保督察反馈问题整改涉及长春经济技术开发区共18项任务，已完成15项，剩余3项");
        assertThat(QuotedCounts.in(sentence)).extracting(q -> q.source() + " " + q.total() + "/" + q.closed() + "/"
                + q.remaining()).containsExactly("CENTRAL_INSPECTION 18/15/3");

        String petitions = NarrativeFigureService.sentence(RectificationSource.PETITION, null, "长春经济技术开发区", 563,
                563);
        assertThat(QuotedCounts.in(petitions)).extracting(q -> q.total() + "/" + q.closed() + "/" + q.remaining())
                .containsExactly("563/563/0");
    }

    @Test
    void text_without_counts_quotes_nothing() {
        assertThat(QuotedCounts.in("经开区高度重视环境应急体系建设,扎实开展重点企业环境隐患排查。")).isEmpty();
        assertThat(QuotedCounts.in(null)).isEmpty();
    }
}
