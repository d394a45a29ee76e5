package ecopark.security.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import ecopark.BrowserTest;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class LoginBrowserIT extends BrowserTest {

    @Test
    void staff_sign_in_and_see_their_park_in_chinese() {
        signIn("cc_staff", "Ecopark#2026");

        assertThat(page.locator("vaadin-side-nav-item").first()).containsText("园区概览");
        assertThat(page.locator(".account-card")).containsText("王丽");
        assertThat(page.locator("vaadin-grid")).containsText("长春经济技术开发区");
        page.screenshot(new com.microsoft.playwright.Page.ScreenshotOptions()
                .setPath(Path.of("target/screenshots/staff-start-page.png")).setFullPage(true));
    }

    @Test
    void a_wrong_password_is_answered_with_a_clear_message() {
        signIn("cc_staff", "wrong-password");

        assertThat(page.locator("vaadin-login-form")).containsText("用户名或密码不正确");
    }
}
