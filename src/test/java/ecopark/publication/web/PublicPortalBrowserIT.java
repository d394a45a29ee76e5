package ecopark.publication.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import ecopark.BrowserTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * The public portal in a real browser, as anonymous readers use it: from the login page to the published 2019 Changchun
 * form the demo publishes and its PDF; on a phone (the form opens at its title, nothing but the wide tables scrolls
 * sideways); with the keyboard alone from the list to the form's CSV download; with the reading modes; checked by
 * axe-core (no serious or critical violation) in both languages. Screenshots of each page go to target/screenshots.
 */
@TestPropertySource(properties = "ecopark.demo.publish-seed-form=true")
class PublicPortalBrowserIT extends BrowserTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String AXE = "META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";

    private void screenshot(Page on, String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        on.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name)).setFullPage(true));
    }

    private String formUrl() {
        page.navigate(url("public/forms"));
        return page.locator("#public-forms a.public-form-link", new Page.LocatorOptions().setHasText("长春经济技术开发区"))
                .first().getAttribute("href");
    }

    @Test
    void an_anonymous_visitor_finds_reads_and_downloads_the_published_2019_form_without_a_session() throws Exception {
        page.setViewportSize(1400, 900);
        page.navigate(url("login"));
        page.locator("#public-forms-link").click();
        page.waitForURL("**/public/forms");
        // The login page is the staff application's (it has a session); from here on the reader is on the portal.
        browserContext.clearCookies();
        page.reload();
        assertThat(page.locator("#public-forms")).containsText("长春经济技术开发区");
        screenshot(page, "portal-list-zh.png");

        page.locator("#public-forms a.public-form-link", new Page.LocatorOptions().setHasText("长春经济技术开发区"))
                .first().click();
        page.waitForURL("**/public/forms/*");
        assertThat(page).hasTitle(java.util.regex.Pattern.compile("长春经济技术开发区.*2019"));
        assertThat(page.locator("h1.form-title")).hasText("国家生态工业示范园区建设年度评价报告信息公开表(2019)");
        assertThat(page.locator("#basic-information")).containsText("国家级■");
        assertThat(page.locator("#indicator-table tbody tr")).hasCount(32);
        assertThat(page.locator(".disclosure-form")).containsText("长春经开区成立于 1992 年");
        assertThat(page.locator("#content-hash code")).hasText(java.util.regex.Pattern.compile("^[0-9a-f]{64}$"));
        // The chart enhances the year-over-year table, which stays.
        assertThat(page.locator("#yoy-chart-box")).isVisible();
        assertThat(page.locator("#yoy-chart canvas")).hasCount(1);
        assertThat(page.locator("#year-over-year")).containsText("2019");
        screenshot(page, "portal-form-zh.png");
        page.locator("#part-three").scrollIntoViewIfNeeded();
        page.locator("#indicator-table").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve("portal-form-table.png")));
        page.locator("#verdict-facts").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve("portal-form-facts.png")));
        page.locator("section.yoy").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve("portal-form-years.png")));

        // Provenance opens without a script: a <details> element.
        page.locator("details#facts-2 summary").click();
        assertThat(page.locator("details#facts-2 li").first()).isVisible();
        assertThat(page.locator("details#facts-2")).containsText("计算公式");

        Download download = page.waitForDownload(() -> page.locator("#download-pdf").click());
        assertThat(download.suggestedFilename()).endsWith(".pdf");
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(download.path()))) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("长春经济技术开发区", "人均工业增加值");
        }
        assertThat(browserContext.cookies()).extracting(c -> c.name).doesNotContain("JSESSIONID");
    }

    @Test
    void on_a_phone_the_form_opens_at_its_title_and_only_the_wide_tables_scroll_sideways() throws Exception {
        for (String language : List.of("zh-CN", "en")) {
            try (BrowserContext phone = browser().newContext(new Browser.NewContextOptions().setLocale(language)
                    .setViewportSize(390, 844).setIsMobile(true).setHasTouch(true))) {
                phone.addCookies(List.of(new Cookie("ecopark-lang", language).setUrl(url(""))));
                Page mobile = phone.newPage();
                mobile.navigate(url("public/forms"));
                assertThat(pageOverflow(mobile)).as("list at 390 px, " + language).isLessThanOrEqualTo(390);
                screenshot(mobile, "portal-list-phone-" + language + ".png");
                // Scrolled down the list, as a reader is when choosing a form.
                mobile.evaluate("window.scrollTo(0, document.body.scrollHeight)");
                mobile.locator("#public-forms a.public-form-link").first().click();
                mobile.waitForURL("**/public/forms/*");
                assertThat(mobile.locator("#indicator-table tbody tr")).hasCount(32);
                assertThat(((Number) mobile.evaluate("window.scrollY")).intValue()).as("opens at the top").isZero();
                assertThat(mobile.locator("h1.form-title")).isInViewport();
                assertThat(pageOverflow(mobile)).as("form at 390 px, " + language).isLessThanOrEqualTo(390);
                Map<?, ?> table = (Map<?, ?>) mobile.evaluate("() => { const b = document.querySelector("
                        + "'#indicator-table').parentElement; return {scroll: b.scrollWidth, client: b.clientWidth}; }");
                assertThat(((Number) table.get("scroll")).intValue())
                        .as("the indicator table scrolls inside its own box")
                        .isGreaterThan(((Number) table.get("client")).intValue());
                screenshot(mobile, "portal-form-phone-" + language + ".png");
            }
        }
    }

    private static int pageOverflow(Page on) {
        return ((Number) on.evaluate("document.documentElement.scrollWidth")).intValue();
    }

    @Test
    void the_list_and_a_form_have_no_serious_or_critical_accessibility_violation_in_either_language_or_mode()
            throws Exception {
        String form = formUrl();
        List<String> violations = new ArrayList<>();
        for (String language : List.of("zh-CN", "en")) {
            for (String view : List.of("none", "large-contrast-spacing")) {
                browserContext.clearCookies();
                browserContext.addCookies(List.of(new Cookie("ecopark-lang", language).setUrl(url("")),
                        new Cookie("ecopark-view", view).setUrl(url(""))));
                for (String path : List.of("public/forms", form.substring(1), "public/forms/abc")) {
                    page.navigate(url(path));
                    violations.addAll(axe(page).stream().map(v -> language + " " + view + " " + path + ": " + v)
                            .toList());
                }
            }
        }
        page.setViewportSize(1400, 900);
        page.navigate(url(form.substring(1)));
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("portal-form-modes.png")));
        browserContext.clearCookies();
        browserContext.addCookies(List.of(new Cookie("ecopark-lang", "en").setUrl(url(""))));
        page.navigate(url("public/forms"));
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("portal-list-en.png")));
        page.navigate(url(form.substring(1)) + "#verdict-facts");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("portal-form-en.png")));
        assertThat(violations).isEmpty();
    }

    /** axe-core's serious and critical violations of the page, one line each (rule, impact, first target). */
    @SuppressWarnings("unchecked")
    private static List<String> axe(Page on) {
        try (InputStream in = PublicPortalBrowserIT.class.getClassLoader().getResourceAsStream(AXE)) {
            on.addScriptTag(new Page.AddScriptTagOptions().setContent(
                    new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Map<String, Object>> found = (List<Map<String, Object>>) on.evaluate("""
                async () => (await axe.run(document, {resultTypes: ['violations']})).violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => ({id: v.id, impact: v.impact, help: v.help,
                                nodes: v.nodes.map(n => n.target.join(' ') + ' ' + n.failureSummary).slice(0, 3)}))
                """);
        return found.stream().map(v -> v.get("id") + " (" + v.get("impact") + ", " + v.get("help") + "): "
                + v.get("nodes")).toList();
    }

    @Test
    void with_the_keyboard_alone_a_reader_goes_from_the_list_to_a_form_and_downloads_its_csv() throws Exception {
        page.navigate(url("public/forms"));
        page.keyboard().press("Tab");
        assertThat(page.locator("a.skip-link")).isFocused();
        assertThat(page.locator("a.skip-link")).isInViewport();
        String outline = (String) page.evaluate("getComputedStyle(document.activeElement).outlineStyle");
        assertThat(outline).as("visible focus").isNotEqualTo("none");

        tabUntil("a.public-form-link");
        page.keyboard().press("Enter");
        page.waitForURL("**/public/forms/*");
        assertThat(page.locator("h1.form-title")).containsText("2019");

        tabUntil("#download-csv");
        // The server answers with an attachment, so the browser downloads it and stays on the form.
        Download download = page.waitForDownload(() -> page.keyboard().press("Enter"));
        assertThat(download.url()).matches(".*/api/public/forms/\\d+/indicators\\.csv");
        assertThat(download.suggestedFilename()).endsWith(".csv");
        String csv = Files.readString(download.path(), StandardCharsets.UTF_8);
        assertThat(csv).as("UTF-8 with BOM, Chinese intact").startsWith("\uFEFFpublication_id,")
                .contains("长春经济技术开发区", "人均工业增加值");
    }

    /** Presses Tab until the focused element matches the selector (at most 80 times). */
    private void tabUntil(String selector) {
        for (int i = 0; i < 80; i++) {
            page.keyboard().press("Tab");
            if ((Boolean) page.evaluate("s => document.activeElement.matches(s)", selector)) {
                return;
            }
        }
        throw new AssertionError("Tab never reached " + selector);
    }

    @Test
    void the_reading_modes_switch_at_once_and_stay_on_the_next_page() {
        page.navigate(url("public/forms"));
        page.locator(".a11y-toggle[data-mode=large]").click();
        assertThat(page.locator("html")).hasClass(java.util.regex.Pattern.compile("mode-large"));
        assertThat(page.locator(".a11y-toggle[data-mode=large]")).hasAttribute("aria-pressed", "true");
        assertThat(page.evaluate("localStorage.getItem('ecopark-view')")).isEqualTo("large");
        double large = ((Number) page.evaluate("parseFloat(getComputedStyle(document.body).fontSize)")).doubleValue();
        assertThat(large).isGreaterThanOrEqualTo(20);

        page.locator("#public-forms a.public-form-link").first().click();
        page.waitForURL("**/public/forms/*");
        assertThat(page.locator("html")).hasClass(java.util.regex.Pattern.compile("mode-large"));
        page.locator(".a11y-reset").click();
        assertThat(page.locator("html")).not().hasClass(java.util.regex.Pattern.compile("mode-large"));
    }

    @Test
    void a_guessed_or_malformed_id_is_the_portals_not_found_page_and_the_api_documentation_is_open() {
        for (String path : List.of("public/forms/999999", "public/forms/abc")) {
            com.microsoft.playwright.Response response = page.navigate(url(path));
            assertThat(response.status()).isEqualTo(404);
            assertThat(page.locator("h1")).hasText("未找到此公开表");
            assertThat(page.locator("vaadin-login-form")).hasCount(0);
        }
        APIResponse docs = page.request().get(url("v3/api-docs"));
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.text()).contains("/api/public/forms");
    }
}
