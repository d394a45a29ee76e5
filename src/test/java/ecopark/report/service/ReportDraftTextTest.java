package ecopark.report.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ecopark.ApplicationTest;
import ecopark.ReportFixtures;
import ecopark.base.domain.BusinessRuleException;
import ecopark.base.i18n.TranslationProvider;
import ecopark.report.domain.AnnualReport;
import ecopark.report.domain.BasicInformation;
import ecopark.report.domain.NarrativeSection;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Sections 一 and 二 are stored as typed or refused: invisible and direction-changing characters are refused with the
 * character named, and a narrative over its limit is refused with the limit and its length, nothing saved.
 */
@ApplicationTest
class ReportDraftTextTest {

    @Autowired ReportService reports;
    @Autowired ReportFixtures fixtures;

    private static String zh(BusinessRuleException e) {
        return TranslationProvider.translate(TranslationProvider.CHINESE, e.messageKey(), e.args());
    }

    private static String en(BusinessRuleException e) {
        return TranslationProvider.translate(TranslationProvider.ENGLISH, e.messageKey(), e.args());
    }

    private BusinessRuleException refusal(long id, Map<NarrativeSection, String> narratives) {
        AnnualReport report = reports.get(id);
        return catchThrowableOfType(BusinessRuleException.class,
                () -> reports.saveDraft(id, ReportDraft.of(report).withNarratives(narratives)));
    }

    @Test
    @WithUserDetails("cc_staff")
    void a_right_to_left_override_in_a_narrative_is_refused_naming_the_character() {
        long id = fixtures.completeReport(3271);
        String before = reports.get(id).narrative(NarrativeSection.MAIN_WORK);

        BusinessRuleException e = refusal(id, Map.of(NarrativeSection.MAIN_WORK, "循环化改造\u202E完成率 95%"));

        assertThat(e.messageKey()).isEqualTo("text.error.control");
        assertThat(zh(e)).contains("U+202E").contains("第 6 个字符");
        assertThat(en(e)).contains("U+202E").contains("character 6");
        assertThat(reports.get(id).narrative(NarrativeSection.MAIN_WORK)).isEqualTo(before);
    }

    @Test
    @WithUserDetails("cc_staff")
    void a_zero_width_space_in_the_park_name_is_refused_naming_the_character() {
        long id = fixtures.completeReport(3272);
        AnnualReport report = reports.get(id);
        BasicInformation basic = report.basicInformation();
        BasicInformation changed = new BasicInformation("长春经济\u200B技术开发区", basic.postalAddress(),
                basic.postcode(), basic.level(), basic.type(), basic.typeNote(), basic.phone(), basic.email(),
                basic.parkStatus());

        BusinessRuleException e = catchThrowableOfType(BusinessRuleException.class,
                () -> reports.saveDraft(id, new ReportDraft(report.getVersion(), changed, ReportDraft.of(report)
                        .narratives())));

        assertThat(zh(e)).contains("U+200B");
        assertThat(reports.get(id).getParkName()).isEqualTo("长春经济技术开发区");
    }

    @Test
    @WithUserDetails("cc_staff")
    void a_narrative_one_character_over_the_limit_is_refused_with_limit_and_length_and_nothing_is_saved() {
        long id = fixtures.completeReport(3273);
        AnnualReport before = reports.get(id);
        String typed = "字".repeat(AnnualReport.NARRATIVE_MAX_LENGTH + 1);

        BusinessRuleException e = refusal(id, Map.of(NarrativeSection.INTRODUCTION, "新的简介",
                NarrativeSection.ACHIEVEMENTS, typed));

        assertThat(e.messageKey()).isEqualTo("text.error.tooLong");
        assertThat(zh(e)).contains("30000").contains("30001");
        assertThat(en(e)).contains("30000").contains("30001");
        AnnualReport after = reports.get(id);
        assertThat(after.narrative(NarrativeSection.INTRODUCTION)).isEqualTo(before.narrative(NarrativeSection.INTRODUCTION));
        assertThat(after.narrative(NarrativeSection.ACHIEVEMENTS)).isEqualTo(before.narrative(NarrativeSection.ACHIEVEMENTS));
        assertThat(after.getVersion()).isEqualTo(before.getVersion());
    }

    @Test
    @WithUserDetails("cc_staff")
    void a_narrative_of_exactly_the_limit_is_saved_whole() {
        long id = fixtures.completeReport(3274);
        String typed = "字".repeat(AnnualReport.NARRATIVE_MAX_LENGTH);
        AnnualReport report = reports.get(id);

        reports.saveDraft(id, ReportDraft.of(report).withNarratives(Map.of(NarrativeSection.PROBLEMS, typed)));

        assertThat(reports.get(id).narrative(NarrativeSection.PROBLEMS)).hasSize(AnnualReport.NARRATIVE_MAX_LENGTH);
    }
}
