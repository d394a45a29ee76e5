package ecopark.publication.document;

import static org.assertj.core.api.Assertions.assertThat;

import ecopark.base.i18n.TranslationProvider;
import ecopark.publication.service.PublishedForm.IndicatorRow;
import ecopark.publication.service.PublishedForm.Result;
import ecopark.publication.service.PublishedForm.Text;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class FormTextsFootnoteTest {

    private static IndicatorRow row(String marks) {
        return new IndicatorRow("C", new Text("资源节约", "Resource saving"), "18",
                new Text("工业固体废物综合利用率", "Comprehensive utilisation rate of industrial solid waste"), marks,
                new Text("%", "%"), new Text("≥70", "≥70"), true, true, Result.MET, new BigDecimal("92.7"), null,
                "92.7", null);
    }

    @Test
    void a_footnote_mark_stands_apart_from_the_indicator_name_in_both_languages() {
        assertThat(new FormTexts(TranslationProvider.ENGLISH).tableRow(row("a"), true).get(2))
                .isEqualTo("Comprehensive utilisation rate of industrial solid waste a");
        assertThat(new FormTexts(TranslationProvider.CHINESE).tableRow(row("a"), true).get(2))
                .isEqualTo("工业固体废物综合利用率 a");
        assertThat(new FormTexts(TranslationProvider.ENGLISH).tableRow(row(null), true).get(2))
                .isEqualTo("Comprehensive utilisation rate of industrial solid waste");
    }
}
