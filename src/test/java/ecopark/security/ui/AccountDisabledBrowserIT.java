package ecopark.security.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import ecopark.BrowserTest;
import ecopark.security.AppRole;
import ecopark.security.SystemActor;
import ecopark.security.TestAccounts;
import ecopark.security.domain.AppUser;
import ecopark.security.service.UserAdminService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An open browser of a user whose account is disabled meanwhile lands on the login page at the next click. */
class AccountDisabledBrowserIT extends BrowserTest {

    @Autowired UserAdminService userAdmin;

    @Test
    void a_disabled_users_open_page_returns_to_the_login_page_at_the_next_click() {
        AppUser account = TestAccounts.create(userAdmin, "browser", AppRole.STAFF, false);
        signIn(account.getUsername(), TestAccounts.PASSWORD);
        assertThat(page.locator(".account-card")).containsText("测试用户");

        SystemActor.run(() -> userAdmin.setEnabled(account.getId(), false));
        page.locator(".account-card .change-password").click();

        assertThat(page.locator("vaadin-login-form")).isVisible();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login.*"));
    }

    @Test
    void a_user_whose_password_was_reset_must_choose_a_new_one_before_anything_else() {
        AppUser account = TestAccounts.create(userAdmin, "fresh", AppRole.STAFF, true);
        signIn(account.getUsername(), TestAccounts.PASSWORD);

        assertThat(page.locator(".view-title")).hasText("修改密码");
        page.locator("vaadin-password-field", new Page.LocatorOptions().setHasText("当前密码")).locator("input")
                .fill(TestAccounts.PASSWORD);
        page.locator("vaadin-password-field", new Page.LocatorOptions().setHasText("再次输入新密码")).locator("input")
                .fill("Wetland-2027");
        page.locator("vaadin-password-field").nth(1).locator("input").fill("Wetland-2027");
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("保存新密码")).click();

        assertThat(page.locator(".view-title")).hasText("园区概览");
        String ownPark = SystemActor.call(() -> userAdmin.get(account.getId()).organisation());
        assertThat(page.locator("vaadin-grid")).containsText(ownPark);
    }
}
