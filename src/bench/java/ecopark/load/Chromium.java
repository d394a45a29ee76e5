package ecopark.load;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Debian's headless Chromium driven by Playwright ({@code CHROMIUM_PATH}, default /usr/bin/chromium; Playwright
 * downloads no browser of its own), with the sign-in of the application's login form.
 */
public final class Chromium implements AutoCloseable {

    private final Playwright playwright;
    private final Browser browser;

    public Chromium() {
        Path chromium = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));
        if (!Files.isExecutable(chromium)) {
            throw new IllegalStateException("No Chromium at " + chromium + " (apt-get install chromium)");
        }
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(chromium)
                .setHeadless(true).setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
                        "--no-first-run", "--disable-background-networking", "--disable-component-update",
                        "--disable-sync", "--disable-dev-shm-usage")));
    }

    /** A browser session of its own (cookies, so a Vaadin session of its own) with one tab, in Chinese. */
    public Page newSession() {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN"));
        context.setDefaultTimeout(120_000);
        return context.newPage();
    }

    /** Signs in through the login form as a person would and waits until the application has let them in. */
    public static void signIn(Page page, String baseUrl, String username, String password) {
        page.navigate(baseUrl + "login");
        page.locator("vaadin-login-form input[name=username]").fill(username);
        page.locator("vaadin-login-form input[name=password]").fill(password);
        page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
        page.waitForURL(url -> !url.contains("/login"));
        // The main layout's logout button: the signed-in page has drawn.
        page.locator(".logout").first().waitFor();
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
