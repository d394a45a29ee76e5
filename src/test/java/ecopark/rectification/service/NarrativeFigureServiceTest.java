package ecopark.rectification.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ecopark.ApplicationTest;
import ecopark.rectification.RectificationFixtures;
import ecopark.rectification.domain.RectificationSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The registry's figures for a report of 2019, and the check of the counts the seed's narrative quotes. */
@ApplicationTest
class NarrativeFigureServiceTest {

    @Autowired NarrativeFigureService figures;
    @Autowired RectificationFixtures fixtures;

    @Test
    void the_2019_figures_are_those_of_the_end_of_2019_with_the_sentence_to_quote() {
        var all = fixtures.as("cc_staff", () -> figures.figures(fixtures.changchun(), 2019));

        RegistryFigure central = all.stream().filter(f -> !f.isRound()
                && f.source() == RectificationSource.CENTRAL_INSPECTION).findFirst().orElseThrow();
        assertThat(central.total()).isEqualTo(18);
        assertThat(central.closed()).isEqualTo(15);
        assertThat(central.sentence()).isEqualTo("中央环保督察反馈问题整改涉及长春经济技术开发区共18项任务，已完成15项，剩余3项");
        assertThat(all).filteredOn(RegistryFigure::isRound).extracting(RegistryFigure::roundName)
                .contains("吉林省生态环境保护督察反馈意见整改", "中央环境保护督察交办信访案件");
        assertThat(all).filteredOn(f -> !f.isRound() && f.source() == RectificationSource.PETITION)
                .extracting(f -> f.total() + "/" + f.closed()).containsExactly("563/563");
    }

    @Test
    void the_published_2019_paragraph_is_warned_about_the_central_inspection_counts_only() {
        var warnings = fixtures.as("cc_staff", () -> figures.check(fixtures.changchun(), 2019, QuotedCountsTest.SEED));

        assertThat(warnings).extracting(NarrativeFigureService.FigureWarning::messageKey)
                .containsExactly("rectification.figures.warning.sum", "rectification.figures.warning.registry");
        assertThat(warnings.get(1).args()).containsSubsequence("中央环保督察", "2019-12-31", "18", "15", "3");
        assertThat(fixtures.as("cc_staff", () -> figures.check(fixtures.changchun(), 2019,
                "中央环保督察反馈问题整改涉及长春经济技术开发区共18项任务，已完成15项，剩余3项。"))).isEmpty();
    }

    @Test
    void another_parks_staff_cannot_read_the_figures() {
        assertThatThrownBy(() -> fixtures.as("tj_staff", () -> figures.figures(fixtures.changchun(), 2019)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
