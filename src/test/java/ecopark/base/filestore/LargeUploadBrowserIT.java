package ecopark.base.filestore;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import ecopark.BrowserTest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Uploads as large as the screens promise (ecopark.upload.max-megabytes, 10 MB) reach the application: a 9 MB PDF
 * attached to a report is listed; an 11 MB one is refused in the user's language before it is sent. Before the
 * servlet's multipart limit followed the setting, everything over 1 MB failed with HTTP 413 and "Upload forbidden".
 */
class LargeUploadBrowserIT extends BrowserTest {

    private static final String PASSWORD = "Ecopark#2026";
    /** No other browser journey writes 2023. */
    private static final int YEAR = 2023;

    @Test
    void staff_attach_a_9_mb_pdf_to_a_report_and_an_11_mb_file_is_refused_with_a_translated_message() {
        page.setViewportSize(1400, 900);
        signIn("cc_staff", PASSWORD);
        assertThat(page.locator(".account-card")).isVisible();
        page.navigate(url("reports"));
        page.locator("vaadin-integer-field input").fill(String.valueOf(YEAR));
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("新建年度报告")).click();
        page.waitForURL("**/report/*");

        Locator files = page.locator("#attachment-upload input[type=file]");
        files.setInputFiles(new FilePayload("监测报告.pdf", "application/pdf", pdf(9)));
        assertThat(page.locator("#upload-message")).hasText("已上传“监测报告.pdf”");
        assertThat(page.locator(".attachment-list")).containsText("监测报告.pdf");
        assertThat(page.locator(".attachment-list")).containsText("9.0 MB");

        files.setInputFiles(new FilePayload("现场照片.pdf", "application/pdf", pdf(11)));
        assertThat(page.locator("#upload-message"))
                .hasText("文件“现场照片.pdf”未上传：只接受 PDF、Word、Excel、JPG、PNG 或 ZIP，且不超过 10 MB。");
        assertThat(page.locator(".attachment-list")).not().containsText("现场照片.pdf");
        assertThat(page.getByText("Upload forbidden")).hasCount(0);
    }

    @Test
    void the_site_has_a_favicon() {
        APIResponse icon = page.request().get(url("favicon.ico"));

        assertThat(icon.status()).isEqualTo(200);
        assertThat(icon.body()).startsWith((byte) 0, (byte) 0, (byte) 1, (byte) 0);
    }

    private static byte[] pdf(int megabytes) {
        return SampleFiles.pdfOfSize(megabytes * 1024 * 1024);
    }
}
