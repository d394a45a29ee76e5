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
