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
        page.waitForURL("**/report/" + report + "/compare?from=1&to=2**");
        assertThat(page.locator("#compare-main-work .diff-added").first()).isVisible();
        assertThat(page.locator("#compare-indicators")).containsText("25.3");
        assertThat(page.locator("#compare-main-work .diff-added").first())
                .hasCSS("text-decoration-line", "underline");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/revision-compare.png"))
                .setFullPage(true));

        // Back from the comparison is back to the task, which the reviewer still holds.
        assertThat(page.locator("#compare-back")).hasText("返回审核任务");
        page.locator("#compare-back").click();
        page.waitForURL("**/review/" + second);
        assertThat(page.locator("#approve")).isVisible();
    }

    @Test
    void at_1400_by_900_the_inbox_shows_every_action_button_whole_in_both_languages() {
        long report = fixtures.completeReport(2797);
        SignedInUser reviewer = (SignedInUser) accounts.loadUserByUsername("cc_reviewer1");
        SystemActor.callAs(fixtures.changchunStaff(), () -> workflow.submit(report));
        String task = SystemActor.callAs(reviewer, () -> taskOf(report));
        SystemActor.callAs(reviewer, () -> {
            review.claim(task);
            return null;
        });
        try {
            page.setViewportSize(1400, 900);
            signIn("cc_reviewer1", "Ecopark#2026");
            assertThat(page.locator(".account-card")).isVisible();
            for (String locale : new String[] {"zh-CN", "en"}) {
                if (locale.equals("en")) {
                    page.locator(".navbar .language-switch").click();
                    assertThat(page.locator(".navbar .language-switch")).hasText("中文");
                }
                page.navigate(url("inbox"));
                page.locator("#filter-year input").fill("2797");
                page.locator("#filter-year input").press("Enter");
                com.microsoft.playwright.Locator actions = page.locator("#inbox-tasks .inbox-actions");
                assertThat(actions).hasCount(1);
                assertThat(page.locator("#inbox-tasks")).containsText(locale.startsWith("zh") ? "李明（我）" : "李明 (me)");
                page.screenshot(new Page.ScreenshotOptions()
                        .setPath(Path.of("target/screenshots/inbox-1400-" + locale + ".png")));
                for (String button : new String[] {".hand-over", ".unclaim"}) {
                    wholeInside(actions.locator(button), page.locator("#inbox-tasks"), locale + " " + button);
                }
            }
        } finally {
            SystemActor.callAs(reviewer, () -> {
                review.returnToPark(task, "浏览器测试结束");
                return null;
            });
        }
    }

    /** The button is visible, wholly inside its grid cell, the grid and the 1400×900 window. */
    private void wholeInside(com.microsoft.playwright.Locator button, com.microsoft.playwright.Locator grid,
            String what) {
        assertThat(button).isVisible();
        com.microsoft.playwright.options.BoundingBox b = box(button);
        com.microsoft.playwright.options.BoundingBox g = box(grid);
        // The cell the button is slotted into: vaadin-grid cuts whatever sticks out of it.
        com.microsoft.playwright.options.BoundingBox c = box(button.locator("xpath=ancestor::vaadin-grid-cell-content"));
        org.assertj.core.api.Assertions.assertThat(b.x).as(what + " left in window").isGreaterThanOrEqualTo(0);
        org.assertj.core.api.Assertions.assertThat(b.x + b.width).as(what + " right in window").isLessThanOrEqualTo(1400);
        org.assertj.core.api.Assertions.assertThat(b.y + b.height).as(what + " bottom in window").isLessThanOrEqualTo(900);
        org.assertj.core.api.Assertions.assertThat(b.x + b.width).as(what + " right in grid")
                .isLessThanOrEqualTo(g.x + g.width);
        org.assertj.core.api.Assertions.assertThat(b.x).as(what + " left in cell").isGreaterThanOrEqualTo(c.x);
        org.assertj.core.api.Assertions.assertThat(b.x + b.width).as(what + " right in cell")
                .isLessThanOrEqualTo(c.x + c.width);
        org.assertj.core.api.Assertions.assertThat(b.y + b.height).as(what + " bottom in cell")
                .isLessThanOrEqualTo(c.y + c.height);
        // And no scrolling sideways hides part of the grid.
        org.assertj.core.api.Assertions.assertThat((Boolean) grid.evaluate(
                "g => { const t = g.shadowRoot.querySelector('#table'); return t.scrollWidth <= t.clientWidth; }"))
                .as(what + ": the grid does not scroll sideways").isTrue();
    }

    private String taskOf(long report) {
        return review.inbox(ReviewStage.PRELIMINARY, false, PageRequest.of(0, 500)).stream()
                .filter(t -> t.reportId() == report).findFirst().orElseThrow().taskId();
    }

    /**
     * Where an element is on the page. The grid may render its rows again just after a filter (a lazy data provider
     * answers twice), detaching the element a moment: ask again until it is laid out, for at most ten seconds.
     */
    private com.microsoft.playwright.options.BoundingBox box(com.microsoft.playwright.Locator element) {
        for (int attempt = 0; attempt < 100; attempt++) {
            com.microsoft.playwright.options.BoundingBox box = element.boundingBox();
            if (box != null) {
                return box;
            }
            page.waitForTimeout(100);
        }
        throw new AssertionError("Not laid out: " + element);
    }
}
