package ecopark;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Browser journeys: the application on a random port with the demo data, driven by Playwright in Debian's headless
 * Chromium ({@code CHROMIUM_PATH}, default /usr/bin/chromium). Skipped when no Chromium is installed; CI installs it
 * and fails if these tests were skipped.
 */
@org.junit.jupiter.api.extension.ExtendWith(ecopark.ThisContextsSecurityStrategy.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class BrowserTest {

    /** The one password of every demo account (README). */
    protected static final String DEMO_PASSWORD = "Ecopark#2026";

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    protected int port;

    protected BrowserContext browserContext;
    protected Page page;

    @BeforeAll
    static void launchBrowser() {
        Path chromium = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));
        assumeTrue(Files.isExecutable(chromium), "Chromium not installed at " + chromium);
        // A Vaadin page's first load can take seconds on a busy CI machine.
        PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(java.util.Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(chromium)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openPage() {
        newChineseContext();
    }

    private void newChineseContext() {
        browserContext = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN"));
        browserContext.setDefaultTimeout(60_000);
        // Assertions wait as long as actions: the first page of a test run compiles and loads slowly on a busy CI box.
        PlaywrightAssertions.setDefaultAssertionTimeout(60_000);
        page = browserContext.newPage();
    }

    @AfterEach
    void closePage() {
        if (browserContext != null) {
            browserContext.close();
        }
    }

    protected static Browser browser() {
        return browser;
    }

    protected String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    /** Signs in through the login form, as a person would. */
    protected void signIn(String username, String password) {
        page.navigate(url("login"));
        page.locator("vaadin-login-form input[name=username]").fill(username);
        page.locator("vaadin-login-form input[name=password]").fill(password);
        page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
    }

    /** Another person at a fresh browser (no session left over, same window size), signed in with the demo password. */
    protected void switchUser(String username) {
        // The next person's window is as large as this one's.
        com.microsoft.playwright.options.ViewportSize size = page.viewportSize();
        browserContext.close();
        newChineseContext();
        if (size != null) {
            page.setViewportSize(size.width, size.height);
        }
        signIn(username, DEMO_PASSWORD);
        PlaywrightAssertions.assertThat(page.locator(".account-card")).isVisible();
    }

    /** Submits the open report from its editor: the button, then the confirmation dialog's own 提交审核. */
    protected void submitReport() {
        page.locator("#submit-report").click();
        // While the dialog is open only its own button is exposed to assistive technology (the page is aria-hidden).
        PlaywrightAssertions.assertThat(page.locator("vaadin-confirm-dialog-overlay[opened]")).hasCount(1);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交审核").setExact(true)).last().click();
        PlaywrightAssertions.assertThat(page.locator("vaadin-notification-card")).containsText("报告已提交审核");
    }

    /** Presses the confirmation dialog's button that takes the decision. */
    protected void confirm(String button) {
        PlaywrightAssertions.assertThat(page.locator("vaadin-confirm-dialog-overlay[opened]")).hasCount(1);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button).setExact(true)).click();
    }

    /** Signs in as a reviewer, takes the Changchun report's task from the inbox, decides, and is back at the inbox. */
    protected void asReviewer(String reviewer, Runnable decide) {
        switchUser(reviewer);
        page.navigate(url("inbox"));
        takeAndOpenReview();
        decide.run();
        page.waitForURL("**/inbox");
    }

    /** In the open inbox: takes (受理) the first task and opens its review screen (审核). */
    protected void takeAndOpenReview() {
        page.locator("vaadin-grid vaadin-button", new Page.LocatorOptions().setHasText("受理")).first().click();
        page.locator("vaadin-grid vaadin-button", new Page.LocatorOptions().setHasText("审核")).first().click();
        page.waitForURL("**/review/*");
        PlaywrightAssertions.assertThat(page.locator("h2")).containsText("长春经济技术开发区");
    }
}
