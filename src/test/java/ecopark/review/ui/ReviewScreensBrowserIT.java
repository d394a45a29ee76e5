package ecopark.review.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import ecopark.BrowserTest;
import ecopark.ReportFixtures;
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
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * What a reviewer sees of a resubmitted report in the browser: the process diagram drawn with the current step, the
 * indicator rows with their comment buttons, and the two revisions compared with the changed characters marked.
 */
class ReviewScreensBrowserIT extends BrowserTest {

    @Autowired ReportFixtures fixtures;
    @Autowired ReportService reports;
    @Autowired ReportWorkflow workflow;
    @Autowired ReviewService review;
    @Autowired IndicatorSheetService sheets;
    @Autowired UserDetailsService accounts;

    @Test
    void a_reviewer_sees_the_current_step_the_indicator_rows_and_what_changed_since_the_last_revision() {
        long report = fixtures.completeReport(2041);
        SignedInUser reviewer = (SignedInUser) accounts.loadUserByUsername("cc_reviewer1");
        SystemActor.callAs(fixtures.changchunStaff(), () -> workflow.submit(report));
        String first = SystemActor.callAs(reviewer, () -> taskOf(report));
        SystemActor.callAs(reviewer, () -> {
            review.claim(first);
            review.returnToPark(first, "主要工作请写明循环化改造的进度");
            return null;
        });
        SystemActor.callAs(fixtures.changchunStaff(), () -> {
            AnnualReport current = reports.get(report);
            Map<NarrativeSection, String> texts = new EnumMap<>(ReportDraft.of(current).narratives());
            texts.put(NarrativeSection.MAIN_WORK, "2041 年园区稳步推进循环化改造，完成率 85%。\n\n- 第一项\n- 第二项");
            reports.saveDraft(report, ReportDraft.of(current).withNarratives(texts));
            sheets.enterValue(report, "29", new BigDecimal("25.3"));
            workflow.submit(report);
            return null;
        });
        String second = SystemActor.callAs(reviewer, () -> taskOf(report));
        SystemActor.callAs(reviewer, () -> {
            review.claim(second);
            return null;
        });

        try {
            look(report, second);
        } finally {
            // Other journeys in this application take the first task of the inbox: leave none behind.
            SystemActor.callAs(reviewer, () -> {
                review.returnToPark(second, "浏览器测试结束");
                return null;
            });
        }
    }

    private void look(long report, String second) {
        signIn("cc_reviewer1", "Ecopark#2026");
        assertThat(page.locator(".account-card")).isVisible();
        page.navigate(url("review/" + second));
        assertThat(page.locator("#process-diagram svg g[data-activity=preliminaryReview][data-state=active]"))
                .isVisible();
        assertThat(page.locator("#process-diagram svg")).containsText("复核");
        assertThat(page.locator("#revision-indicators")).containsText("25.3");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/review-screen.png"))
                .setFullPage(true));

        page.locator("#compare-previous").click();
        page.waitForURL("**/report/" + report + "/compare?from=1&to=2");
        assertThat(page.locator("#compare-main-work .diff-added").first()).isVisible();
        assertThat(page.locator("#compare-indicators")).containsText("25.3");
        assertThat(page.locator("#compare-main-work .diff-added").first())
                .hasCSS("text-decoration-line", "underline");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/revision-compare.png"))
                .setFullPage(true));
    }

    private String taskOf(long report) {
        return review.inbox(ReviewStage.PRELIMINARY, false, PageRequest.of(0, 500)).stream()
                .filter(t -> t.reportId() == report).findFirst().orElseThrow().taskId();
    }
}
