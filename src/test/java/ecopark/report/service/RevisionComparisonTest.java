package ecopark.report.service;

import static org.assertj.core.api.Assertions.assertThat;

import ecopark.evaluation.service.LocalizedText;
import ecopark.evaluation.service.Verdict;
import ecopark.park.domain.ParkLevel;
import ecopark.park.domain.ParkStatus;
import ecopark.park.domain.ParkType;
import ecopark.report.domain.BasicInformation;
import ecopark.report.domain.NarrativeSection;
import ecopark.report.service.RevisionDifference.Aspect;
import ecopark.report.service.RevisionDifference.FieldChange;
import ecopark.report.service.RevisionDifference.IndicatorChange;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RevisionComparisonTest {

    private static final BasicInformation BASIC = new BasicInformation("长春经济技术开发区", "长春市临河街", "130033",
            ParkLevel.NATIONAL, ParkType.ECONOMIC_TECHNOLOGICAL_DEVELOPMENT_ZONE, null, "0431-84644112", "kfq@example.cn",
            ParkStatus.NAMED);

    private static SnapshotIndicator indicator(String code, boolean assessed, String value, Boolean state,
            Verdict verdict) {
        return new SnapshotIndicator(code, new LocalizedText("指标" + code, "Indicator " + code),
                new LocalizedText("%", "%"), new LocalizedText("≥20", "≥20"), false, assessed,
                value == null ? null : new BigDecimal(value), state, verdict, null);
    }

    private static RevisionView revision(int number, BasicInformation basic, String mainWork,
            List<SnapshotIndicator> indicators) {
        Map<NarrativeSection, String> texts = new EnumMap<>(NarrativeSection.class);
        for (NarrativeSection s : NarrativeSection.values()) {
            texts.put(s, "相同的内容。");
        }
        texts.put(NarrativeSection.MAIN_WORK, mainWork);
        return new RevisionView(7L, number, Instant.parse("2026-03-0" + number + "T08:00:00Z"), "王丽",
                new ReportSnapshot(7L, 1L, 2025, basic, texts, indicators, null));
    }

    @Test
    void changed_fields_sections_and_indicator_rows_are_listed_and_nothing_else() {
        RevisionView first = revision(1, BASIC, "推进循环化改造。", List.of(
                indicator("2", true, "8.5", null, Verdict.MET),
                indicator("6", false, null, null, Verdict.NOT_ASSESSED),
                indicator("17", true, null, true, Verdict.MET),
                indicator("29", true, "17.6", null, Verdict.NOT_MET)));
        BasicInformation changedBasic = new BasicInformation("长春经济技术开发区", "长春市临河街5号", "130033",
                ParkLevel.NATIONAL, ParkType.ECONOMIC_TECHNOLOGICAL_DEVELOPMENT_ZONE, null, "0431-84644112", "kfq@example.cn",
                ParkStatus.IN_CREATION);
        RevisionView second = revision(2, changedBasic, "稳步推进园区循环化改造。", List.of(
                indicator("2", true, "8.50", null, Verdict.MET),
                indicator("6", true, "31", null, Verdict.MET),
                indicator("17", true, null, false, Verdict.NOT_MET),
                indicator("29", true, "21.2", null, Verdict.MET)));

        RevisionDifference diff = RevisionComparison.between(first, second);

        assertThat(diff.basicChanges()).containsExactly(
                new FieldChange(BasicField.POSTAL_ADDRESS, "长春市临河街", "长春市临河街5号"),
                new FieldChange(BasicField.PARK_STATUS, "report.basic.parkStatus.NAMED",
                        "report.basic.parkStatus.IN_CREATION"));
        assertThat(diff.narratives().get(NarrativeSection.MAIN_WORK).changed()).isTrue();
        assertThat(diff.changedSections()).isEqualTo(1);
        assertThat(diff.indicatorsComparable()).isTrue();
        assertThat(diff.indicatorChanges()).extracting(IndicatorChange::code).containsExactly("6", "17", "29");
        assertThat(diff.indicatorChanges().get(0).aspects())
                .containsExactlyInAnyOrder(Aspect.SELECTION, Aspect.VALUE, Aspect.VERDICT);
        assertThat(diff.indicatorChanges().get(1).aspects()).containsExactlyInAnyOrder(Aspect.STATE, Aspect.VERDICT);
        assertThat(diff.indicatorChanges().get(2).aspects()).containsExactlyInAnyOrder(Aspect.VALUE, Aspect.VERDICT);
        assertThat(diff.unchanged()).isFalse();
    }

    @Test
    void a_revision_compared_with_itself_is_unchanged() {
        RevisionView only = revision(1, BASIC, "推进循环化改造。", List.of(indicator("2", true, "1", null, Verdict.MET)));

        assertThat(RevisionComparison.between(only, only).unchanged()).isTrue();
    }

    @Test
    void revisions_frozen_before_section_three_was_kept_compare_only_sections_one_and_two() {
        RevisionView old = revision(1, BASIC, "旧", null);
        RevisionView current = revision(2, BASIC, "新", List.of(indicator("2", true, "1", null, Verdict.MET)));

        RevisionDifference diff = RevisionComparison.between(old, current);

        assertThat(diff.indicatorsComparable()).isFalse();
        assertThat(diff.indicatorChanges()).isEmpty();
        assertThat(diff.changedSections()).isEqualTo(1);
    }

    @Test
    void a_row_only_one_revision_has_is_reported_as_such() {
        RevisionView first = revision(1, BASIC, "同", List.of(indicator("2", true, "1", null, Verdict.MET)));
        RevisionView second = revision(2, BASIC, "同", List.of(indicator("3", true, "1", null, Verdict.MET)));

        RevisionDifference diff = RevisionComparison.between(first, second);

        assertThat(diff.indicatorChanges()).extracting(IndicatorChange::code).containsExactly("3", "2");
        assertThat(diff.indicatorChanges().get(0).before()).isNull();
        assertThat(diff.indicatorChanges().get(1).after()).isNull();
        assertThat(diff.indicatorChanges()).allMatch(c -> c.aspects().equals(java.util.Set.of(Aspect.ROW)));
    }
}
