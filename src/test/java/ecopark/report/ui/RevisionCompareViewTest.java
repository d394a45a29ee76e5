package ecopark.report.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import ecopark.ReportFixtures;
import ecopark.UiTest;
import ecopark.evaluation.service.IndicatorSheetService;
import ecopark.evaluation.service.StatisticsService;
import ecopark.report.domain.AnnualReport;
import ecopark.report.domain.NarrativeSection;
import ecopark.report.service.ReportDraft;
import ecopark.report.service.ReportService;
import ecopark.report.service.ReportWorkflow;
import ecopark.review.domain.ReviewStage;
import ecopark.review.service.ReviewService;
import ecopark.security.SignedInUser;
import ecopark.security.SystemActor;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;

class RevisionCompareViewTest extends UiTest {

    private static final AtomicInteger YEARS = new AtomicInteger(2971);

    @Autowired ReportFixtures fixtures;
    @Autowired ReportService reports;
    @Autowired ReportWorkflow workflow;
    @Autowired ReviewService review;
    @Autowired IndicatorSheetService sheets;
    @Autowired StatisticsService statistics;
    @Autowired UserDetailsService accounts;

    private SignedInUser user(String username) {
        return (SignedInUser) accounts.loadUserByUsername(username);
    }

    /** A report submitted, returned by the preliminary reviewer, revised (one sentence, one value) and resubmitted. */
    private long reportWithTwoRevisions() {
        long report = fixtures.completeReport(YEARS.getAndIncrement());
        SystemActor.callAs(fixtures.changchunStaff(), () -> workflow.submit(report));
        SystemActor.callAs(user("cc_reviewer1"), () -> {
            String task = review.inbox(ReviewStage.PRELIMINARY, false, PageRequest.of(0, 200)).stream()
                    .filter(t -> t.reportId() == report).findFirst().orElseThrow().taskId();
            review.claim(task);
            review.returnToPark(task, "请补充主要工作的具体内容");
            return null;
        });
        SystemActor.callAs(fixtures.changchunStaff(), () -> {
            AnnualReport current = reports.get(report);
            Map<NarrativeSection, String> texts = new EnumMap<>(ReportDraft.of(current).narratives());
            texts.put(NarrativeSection.MAIN_WORK, texts.get(NarrativeSection.MAIN_WORK)
                    .replace("- 第一项", "- 第一项：稳步推进园区循环化改造"));
            reports.saveDraft(report, ReportDraft.of(current).withNarratives(texts));
            sheets.enterValue(report, "29", new BigDecimal("25.3"));
            workflow.submit(report);
            return null;
        });
        return report;
    }

    @Test
    void a_reviewer_sees_the_added_characters_and_the_changed_indicator_of_the_new_revision() {
        long report = reportWithTwoRevisions();
        login("cc_reviewer1");

        UI.getCurrent().navigate("report/" + report + "/compare",
                QueryParameters.simple(Map.of("from", "1", "to", "2")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("compare-summary")).getText())
                .isEqualTo("基本情况 0 项、建设进展 1 节、指标 1 行有变化");
        Div mainWork = _get(Div.class, spec -> spec.withId("compare-main-work"));
        assertThat(LocatorJ._find(mainWork, Span.class, spec -> spec.withClasses("diff-added")))
                .extracting(Span::getText).containsExactly("：稳步推进园区循环化改造");
        assertThat(LocatorJ._find(mainWork, Span.class, spec -> spec.withClasses("diff-removed"))).isEmpty();
        assertThat(_get(Div.class, spec -> spec.withId("compare-indicators")).getElement().getTextRecursively())
                .contains("29").contains("17.6").contains("25.3").contains("指标值");
        assertThat(_find(Div.class, spec -> spec.withId("compare-introduction"))).isEmpty();
        // The two revision choosers fold under each other on a phone instead of widening the page.
        assertThat(_get(com.vaadin.flow.component.orderedlayout.HorizontalLayout.class,
                spec -> spec.withClasses("revision-choice")).isWrap()).isTrue();
    }

    private static final String OVERRIDE_REASON = "汽车制造业产值占园区工业总产值 76.5%，采用汽车制造业清洁生产一级水平";
    private static final String SELECTION_REASON = "固废统计口径调整，不再考核指标 8";

    /**
     * A report whose first revision keeps last year's choice and the standard's requirements; returned, it drops
     * optional indicator 8 with a reason, applies footnote a to indicator 11 and corrects the year's energy
     * consumption (1008000 → 1104000 t ce), and is resubmitted.
     */
    private long reportRevisedWithOverrideStatisticAndSelection() {
        fixtures.completeReport(YEARS.getAndIncrement());
        int year = YEARS.getAndIncrement();
        long report = fixtures.completeReport(year);
        SystemActor.callAs(fixtures.changchunStaff(), () -> workflow.submit(report));
        SystemActor.callAs(user("cc_reviewer1"), () -> {
            String task = review.inbox(ReviewStage.PRELIMINARY, false, PageRequest.of(0, 200)).stream()
                    .filter(t -> t.reportId() == report).findFirst().orElseThrow().taskId();
            review.claim(task);
            review.returnToPark(task, "请说明指标 11 采用的要求");
            return null;
        });
        SystemActor.callAs(fixtures.changchunStaff(), () -> {
            sheets.select(report, java.util.Set.of("2", "6", "11", "14", "27", "28"), SELECTION_REASON);
            sheets.overrideThreshold(report, "11", new BigDecimal("0.3"), "汽车制造业", new BigDecimal("76.5"),
                    OVERRIDE_REASON);
            statistics.record(fixtures.changchunStaff().parkId(), year,
                    Map.of("energy_consumption", new BigDecimal("1104000")));
            workflow.submit(report);
            return null;
        });
        return report;
    }

    /** The row of the indicator table for an indicator: its label, the earlier side, the later side, the aspects. */
    private static Div indicatorRow(String code) {
        Div table = _get(Div.class, spec -> spec.withId("compare-indicators"));
        return LocatorJ._find(table, Div.class, spec -> spec.withClasses("compare-row")).stream()
                .filter(row -> row.getChildren().findFirst().map(c -> ((Span) c).getText().startsWith(code + " "))
                        .orElse(false))
                .findFirst().orElseThrow(() -> new AssertionError("no changed row " + code));
    }

    private static String side(Div row, String side) {
        return row.getChildren().filter(c -> c.getElement().getClassList().contains(side)).findFirst().orElseThrow()
                .getElement().getTextRecursively();
    }

    @Test
    void the_reviewer_sees_the_override_added_and_the_corrected_statistic_on_the_changed_row() {
        long report = reportRevisedWithOverrideStatisticAndSelection();
        login("cc_reviewer1");

        UI.getCurrent().navigate("report/" + report + "/compare",
                QueryParameters.simple(Map.of("from", "1", "to", "2")));

        Div eleven = indicatorRow("11");
        assertThat(_get(eleven, Span.class, spec -> spec.withClasses("compare-aspects")).getText())
                .contains("采用的要求", "计算数据", "指标值", "是否达标");
        assertThat(side(eleven, "compare-before")).contains("采用的要求：≤0.5（标准值）", "达标",
                "年综合能耗：1008000 吨标煤").doesNotContain("附注 a");
        assertThat(side(eleven, "compare-after")).contains("采用的要求：≤0.3（附注 a：汽车制造业产值占园区工业总产值的 76.5%",
                "超过 70%", "理由：" + OVERRIDE_REASON, "年综合能耗：1104000 吨标煤", "未达标");
    }

    @Test
    void the_reviewer_sees_the_changed_selection_and_its_reason() {
        long report = reportRevisedWithOverrideStatisticAndSelection();
        login("cc_reviewer1");

        UI.getCurrent().navigate("report/" + report + "/compare",
                QueryParameters.simple(Map.of("from", "1", "to", "2")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("compare-summary")).getText())
                .endsWith("；可选指标与上年不同的原因有变化");
        assertThat(_get(Paragraph.class, spec -> spec.withId("compare-selection-codes")).getText())
                .isEqualTo("可选指标的选择：不再考核指标 8");
        Div reason = _get(Div.class, spec -> spec.withId("compare-selection-reason"));
        Div row = LocatorJ._get(reason, Div.class, spec -> spec.withClasses("compare-row").withoutClasses(
                "compare-header"));
        assertThat(side(row, "compare-before")).isEqualTo("未填写（可选指标与上年相同）");
        assertThat(side(row, "compare-after")).isEqualTo(SELECTION_REASON);
        assertThat(_get(indicatorRow("8"), Span.class, spec -> spec.withClasses("compare-aspects")).getText())
                .contains("是否考核");
    }

    @Test
    void choosing_other_revisions_in_the_selects_compares_those() {
        long report = reportWithTwoRevisions();
        login("cc_staff");
        UI.getCurrent().navigate("report/" + report + "/compare");

        @SuppressWarnings("unchecked")
        Select<Integer> from = _get(Select.class, spec -> spec.withId("compare-from"));
        @SuppressWarnings("unchecked")
        Select<Integer> to = _get(Select.class, spec -> spec.withId("compare-to"));
        assertThat(from.getValue()).isEqualTo(1);
        assertThat(to.getValue()).isEqualTo(2);

        com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue(from, 2);

        assertThat(_get(Paragraph.class, spec -> spec.withId("compare-summary")).getText()).isEqualTo("两个版本内容相同");
    }

    @Test
    void the_report_history_links_each_revision_to_the_comparison() {
        long report = reportWithTwoRevisions();
        login("cc_staff");
        UI.getCurrent().navigate(ReportEditorView.class, report);

        Div revisions = _get(Div.class, spec -> spec.withId("report-revisions"));
        assertThat(revisions.getElement().getTextRecursively()).contains("第 1 版").contains("第 2 版");
        assertThat(_get(Anchor.class, spec -> spec.withId("compare-revisions")).getHref())
                .isEqualTo("report/" + report + "/compare?from=1&to=2");
    }

    @Test
    void another_bureau_cannot_compare_the_revisions() {
        long report = reportWithTwoRevisions();
        login("tj_reviewer");

        UI.getCurrent().navigate("report/" + report + "/compare",
                QueryParameters.simple(Map.of("from", "1", "to", "2")));

        assertThat(_find(RevisionCompareView.class)).isEmpty();
    }
}
