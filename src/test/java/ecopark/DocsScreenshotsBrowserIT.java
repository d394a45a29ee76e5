package ecopark;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ScreenshotAnimations;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * The screenshots of README and docs/, taken from today's UI with the demo data, so they never show an old screen.
 * Every run writes them under target/screenshots; {@code scripts/screenshots.sh} (system property
 * {@code docs.screenshots}) writes them into docs/screenshots, to be committed.
 */
@TestPropertySource(properties = "ecopark.demo.publish-seed-form=true")
class DocsScreenshotsBrowserIT extends BrowserTest {

    private static final String PASSWORD = "Ecopark#2026";

    @BeforeEach
    void desktop() {
        page.setViewportSize(1400, 900);
    }

    @Test
    void the_administrators_park_administration_is_the_main_screen() {
        signIn("admin", PASSWORD);
        page.navigate(url("admin/parks"));
        assertThat(page.locator("vaadin-grid")).containsText("长春经济技术开发区");
        take("main-screen.png");
    }

    @Test
    void park_staff_see_section_three_with_the_facts_of_every_verdict() {
        signIn("cc_staff", PASSWORD);
        page.navigate(url("report/1"));
        page.locator("#section-three-details vaadin-details-summary").click();
        assertThat(page.locator("#section-three")).containsText("人均工业增加值");
        page.locator("#indicator-11").scrollIntoViewIfNeeded();
        take("report-section-three.png");
    }

    @Test
    void the_published_form_reads_without_an_account() {
        // The demo publishes its form through the review process shortly after start-up: wait for it to appear.
        for (int i = 0; i < 60 && page.locator("#indicator-table").count() == 0; i++) {
            page.navigate(url("public/forms/1"));
            page.waitForTimeout(1000);
        }
        assertThat(page.locator("#indicator-table")).containsText("资源再生利用产业增加值占园区工业增加值比例");
        page.locator("#indicator-table").scrollIntoViewIfNeeded();
        take("public-form.png");
    }

    @Test
    void managers_track_rectification_on_the_dashboard() {
        signIn("cc_manager", PASSWORD);
        page.navigate(url("rectification/dashboard"));
        assertThat(page.locator("body")).containsText("中央环保督察");
        take("rectification-dashboard.png");
    }

    /** Nothing that depends on timing may show: no hover, no loading bar, no animation. */
    private void take(String name) {
        page.mouse().move(0, 0);
        page.addStyleTag(new Page.AddStyleTagOptions()
                .setContent(".v-loading-indicator, vaadin-dev-tools { display: none !important; }"));
        page.waitForTimeout(500);
        Path folder = Boolean.getBoolean("docs.screenshots") ? Path.of("docs", "screenshots")
                : Path.of("target", "screenshots");
        page.screenshot(new Page.ScreenshotOptions().setPath(folder.resolve(name))
                .setAnimations(ScreenshotAnimations.DISABLED));
    }
}
