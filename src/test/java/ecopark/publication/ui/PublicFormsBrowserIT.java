package ecopark.publication.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import ecopark.BrowserTest;
import ecopark.ReportFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * An anonymous visitor in the browser: from the login page to the published forms, the 2019 Changchun form the demo
 * published, its PDF, the API documentation, a guessed id, and the form on a phone. Then staff fetch a draft's PDF with
 * their session. The demo's 2019 form is published in this context only.
 */
@TestPropertySource(properties = "ecopark.demo.publish-seed-form=true")
class PublicFormsBrowserIT extends BrowserTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @Autowired ReportFixtures reports;

    @Test
    void an_anonymous_visitor_finds_reads_and_downloads_the_published_2019_form() throws Exception {
        page.navigate(url("login"));
        page.locator("#public-forms-link").click();
        page.waitForURL("**/public/forms");
        assertThat(page.locator("#public-forms")).containsText("长春经济技术开发区");

        page.locator("#public-forms a.public-form-link", new Page.LocatorOptions().setHasText("长春经济技术开发区"))
                .first().click();
        page.waitForURL("**/public/forms/*");
        assertThat(page.locator("h1.form-title")).hasText("国家生态工业示范园区建设年度评价报告信息公开表(2019)");
        assertThat(page.locator("#basic-information")).containsText("国家级■");
        assertThat(page.locator("#basic-information")).containsText("国家生态工业示范园区创建中■");
        assertThat(page.locator("#indicator-table tbody tr")).hasCount(32);
        assertThat(page.locator(".disclosure-form")).containsText("长春经开区成立于 1992 年");
        assertThat(page.locator("#year-over-year")).containsText("2019");
        Files.createDirectories(SCREENSHOTS);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("public-form.png")));

        Download download = page.waitForDownload(() -> page.locator("#download-pdf").click());
        assertThat(download.suggestedFilename()).endsWith(".pdf");
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(download.path()))) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("长春经济技术开发区", "人均工业增加值");
        }
    }

    @Test
    void a_guessed_id_finds_nothing_and_the_api_documentation_is_open() {
        page.navigate(url("public/forms/999999"));
        assertThat(page.locator(".public-not-found")).containsText("未找到此公开表");

        APIResponse docs = page.request().get(url("v3/api-docs"));
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.text()).contains("/api/public/forms");
        page.navigate(url("swagger-ui.html"));
        assertThat(page.locator("body")).containsText("/api/public/forms");
    }

    @Test
    void the_form_reads_on_a_phone_without_sideways_scrolling_of_the_page() throws Exception {
        try (BrowserContext phone = browser().newContext(new Browser.NewContextOptions().setLocale("zh-CN")
                .setViewportSize(390, 844).setIsMobile(true).setHasTouch(true))) {
            Page mobile = phone.newPage();
            mobile.navigate(url("public/forms"));
            mobile.locator("#public-forms a.public-form-link").first().click();
            mobile.waitForURL("**/public/forms/*");
            assertThat(mobile.locator("#indicator-table tbody tr")).hasCount(32);
            Object overflow = mobile.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
            assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(1);
            Files.createDirectories(SCREENSHOTS);
            mobile.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("public-form-phone.png")));
        }
    }

    @Test
    void staff_fetch_the_watermarked_draft_pdf_with_their_session_and_visitors_do_not() throws Exception {
        long draft = reports.completeReport(2799);

        // A visitor without a session is sent to the login page (in a context of its own, so that the saved request
        // does not turn the staff member's sign-in below into a download).
        try (BrowserContext visitor = browser().newContext()) {
            APIResponse anonymous = visitor.request().get(url("documents/reports/" + draft + "/draft.pdf"));
            assertThat(anonymous.headers().getOrDefault("content-type", "")).doesNotContain("pdf");
        }

        signIn("cc_staff", "Ecopark#2026");
        page.waitForURL(u -> !u.contains("login"));
        APIResponse pdf = page.request().get(url("documents/reports/" + draft + "/draft.pdf"));
        assertThat(pdf.status()).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", "")).contains("草稿");
        }
    }
}
