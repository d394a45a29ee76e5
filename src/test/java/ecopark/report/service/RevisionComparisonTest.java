package ecopark.report.service;

import static org.assertj.core.api.Assertions.assertThat;

import ecopark.evaluation.service.AppliedThreshold;
import ecopark.evaluation.service.Comparison;
import ecopark.evaluation.service.Input;
import ecopark.evaluation.service.LocalizedText;
import ecopark.evaluation.service.ThresholdBasis;
import ecopark.evaluation.service.Verdict;
import ecopark.evaluation.service.VerdictFacts;
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

    private static final LocalizedText ENERGY = new LocalizedText("综合能耗", "Total energy consumption");
    private static final LocalizedText VALUE_ADDED = new LocalizedText("园区工业增加值", "Industrial value added");
    private static final String REASON = "汽车制造业产值占园区工业总产值 76.5%，采用汽车制造业清洁生产一级水平";

    /** Indicator 11 (energy per value added, ≤0.5 in the standard) with its frozen facts. */
    private static SnapshotIndicator eleven(AppliedThreshold threshold, String energy, Verdict verdict) {
        BigDecimal value = new BigDecimal(energy).divide(new BigDecimal("2400000"));
        VerdictFacts facts = new VerdictFacts(value, value, new LocalizedText("综合能耗 ÷ 园区工业增加值",
                "Total energy consumption ÷ industrial value added"),
                List.of(new Input(2025, "energy_consumption", ENERGY, new LocalizedText("吨标煤", "t ce"),
                        new BigDecimal(energy)),
                        new Input(2025, "industrial_value_added", VALUE_ADDED, new LocalizedText("万元", "10k yuan"),
                                new BigDecimal("2400000"))),
                List.of(), threshold, null, List.of());
        return new SnapshotIndicator("11", new LocalizedText("单位工业增加值综合能耗", "Energy per value added"),
                new LocalizedText("吨标煤/万元", "t ce/10k yuan"), new LocalizedText("≤0.5", "≤0.5"), true, true,
                value, null, verdict, facts);
    }

    private static AppliedThreshold standard() {
        return new AppliedThreshold(Comparison.AT_MOST, new BigDecimal("0.5"), ThresholdBasis.STANDARD, null, null,
                null);
    }

    private static AppliedThreshold override(String industry, String share, String reason) {
        return new AppliedThreshold(Comparison.AT_MOST, new BigDecimal("0.3"), ThresholdBasis.INDUSTRY_OVERRIDE,
                industry, reason, new BigDecimal(share));
    }

    private static RevisionView revision(int number, List<SnapshotIndicator> indicators, String selectionReason) {
        RevisionView plain = revision(number, BASIC, "同", indicators);
        ReportSnapshot f = plain.form();
        return new RevisionView(plain.reportId(), number, plain.submittedAt(), plain.submittedBy(),
                new ReportSnapshot(f.reportId(), f.parkId(), f.year(), f.basic(), f.narratives(), f.indicators(),
                        selectionReason));
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

    @Test
    void an_override_added_in_the_later_revision_is_a_changed_requirement_and_verdict() {
        RevisionView first = revision(1, List.of(eleven(standard(), "1008000", Verdict.MET)), null);
        RevisionView second = revision(2, List.of(eleven(override("汽车制造业", "76.5", REASON), "1008000",
                Verdict.NOT_MET)), null);

        RevisionDifference diff = RevisionComparison.between(first, second);

        assertThat(diff.indicatorChanges()).singleElement().satisfies(change -> {
            assertThat(change.code()).isEqualTo("11");
            assertThat(change.aspects()).containsExactlyInAnyOrder(Aspect.THRESHOLD, Aspect.VERDICT);
        });
        assertThat(diff.selection()).isNull();
    }

    @Test
    void a_changed_industry_share_or_reason_of_the_override_is_a_changed_requirement_alone() {
        RevisionView first = revision(1, List.of(eleven(override("汽车制造业", "76.5", REASON), "1008000",
                Verdict.NOT_MET)), null);

        for (AppliedThreshold changed : List.of(override("汽车零部件制造业", "76.5", REASON),
                override("汽车制造业", "81.2", REASON), override("汽车制造业", "76.5", "按行业协会意见采用一级水平"))) {
            RevisionView second = revision(2, List.of(eleven(changed, "1008000", Verdict.NOT_MET)), null);

            assertThat(RevisionComparison.between(first, second).indicatorChanges()).singleElement()
                    .satisfies(change -> assertThat(change.aspects()).as(changed.toString())
                            .containsExactly(Aspect.THRESHOLD));
        }
        // The same share written with another scale is the same share.
        RevisionView same = revision(2, List.of(eleven(override("汽车制造业", "76.50", REASON), "1008000",
                Verdict.NOT_MET)), null);
        assertThat(RevisionComparison.between(first, same).unchanged()).isTrue();
    }

    @Test
    void a_statistic_changed_between_revisions_is_changed_input_data_and_value() {
        RevisionView first = revision(1, List.of(eleven(standard(), "1008000", Verdict.MET)), null);
        RevisionView second = revision(2, List.of(eleven(standard(), "1104000", Verdict.MET)), null);

        RevisionDifference diff = RevisionComparison.between(first, second);

        assertThat(diff.indicatorChanges()).singleElement()
                .satisfies(change -> assertThat(change.aspects()).containsExactlyInAnyOrder(Aspect.INPUTS,
                        Aspect.VALUE));
    }

    @Test
    void a_changed_selection_reason_is_reported_even_when_no_row_changed() {
        List<SnapshotIndicator> rows = List.of(indicator("2", true, "8.5", null, Verdict.MET));
        RevisionView first = revision(1, rows, "固废统计口径调整");
        RevisionView second = revision(2, rows, "固废统计口径调整，不再考核指标 8");

        RevisionDifference diff = RevisionComparison.between(first, second);

        assertThat(diff.indicatorChanges()).isEmpty();
        assertThat(diff.unchanged()).isFalse();
        assertThat(diff.selection().reasonBefore()).isEqualTo("固废统计口径调整");
        assertThat(diff.selection().reasonAfter()).isEqualTo("固废统计口径调整，不再考核指标 8");
        assertThat(diff.selection().selectionChanged()).isFalse();
        // A blank reason is no reason: nothing changed.
        assertThat(RevisionComparison.between(revision(1, rows, null), revision(2, rows, "  ")).unchanged())
                .isTrue();
    }

    @Test
    void a_changed_selection_lists_the_optional_indicators_newly_assessed_and_no_longer_assessed() {
        RevisionView first = revision(1, List.of(indicator("6", false, null, null, Verdict.NOT_ASSESSED),
                indicator("8", true, "95", null, Verdict.MET), indicator("9", true, "40", null, Verdict.MET)), null);
        RevisionView second = revision(2, List.of(indicator("6", true, "31", null, Verdict.MET),
                indicator("8", false, null, null, Verdict.NOT_ASSESSED),
                indicator("9", true, "40", null, Verdict.MET)), "固废统计口径调整，不再考核指标 8");

        RevisionDifference.SelectionChange selection = RevisionComparison.between(first, second).selection();

        assertThat(selection.added()).containsExactly("6");
        assertThat(selection.removed()).containsExactly("8");
        assertThat(selection.reasonBefore()).isNull();
        assertThat(selection.reasonAfter()).isEqualTo("固废统计口径调整，不再考核指标 8");
    }
}
