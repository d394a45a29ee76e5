package ecopark.rectification.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import ecopark.BrowserTest;
import ecopark.rectification.RectificationFixtures;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The manager's journey: from the dashboard's "awaiting verification" figure to the task the park reported done,
 * verify it and close it (销号); the dashboard's charts are drawn by ECharts from its webjar.
 */
class ManagerClosesTaskBrowserIT extends BrowserTest {

    private static final String PASSWORD = "Ecopark#2026";

    @Autowired RectificationFixtures fixtures;

    @Test
    void the_manager_finds_a_task_awaiting_verification_and_closes_it() {
        long id = fixtures.centralTask("餐饮油烟净化设施安装", 30);
        fixtures.done(id);
        String title = fixtures.as("cc_manager", () -> fixtures.title(id));

        page.setViewportSize(1440, 1000);
        signIn("cc_manager", PASSWORD);
        assertThat(page.locator(".account-card")).isVisible();
        page.navigate(url("rectification/dashboard"));
        assertThat(page.locator("#burn-down canvas")).hasCount(1);
        assertThat(page.locator("#by-park-chart canvas")).hasCount(1);
        assertThat(page.locator("#round-grid")).containsText("共 18 项，已销号 15 项，未完成 3 项");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "rectification-dashboard.png")));
        page.locator(".chart-row").screenshot(new Locator.ScreenshotOptions()
                .setPath(Path.of("target", "rectification-charts.png")));

        page.locator("#figure-awaiting").click();
        page.waitForURL("**/rectification?**");
        Locator row = page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(title));
        assertThat(row).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "rectification-list.png")));
        row.click();
        page.waitForURL("**/rectification/" + id);
        assertThat(page.locator("#task-title")).hasText(title);
        assertThat(page.locator("#evidence")).containsText("整改照片.pdf");

        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "rectification-task.png")));
        page.locator("#close-task").click();
        page.locator("#decision-text textarea").fill("现场核查，整改到位");
        page.locator("#decision-confirm").click();

        assertThat(page.locator(".task-badges")).containsText("已销号");
        assertThat(page.locator("#task-history")).containsText("核查销号");
        assertThat(page.locator("#close-task")).hasCount(0);
    }
}
