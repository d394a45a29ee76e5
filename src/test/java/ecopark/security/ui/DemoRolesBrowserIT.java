package ecopark.security.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import ecopark.BrowserTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each demo account of README signs in, finds its start page in Chinese, and switches to English. */
class DemoRolesBrowserIT extends BrowserTest {

    static final String PASSWORD = "Ecopark#2026";

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "cc_staff,     王丽,       园区工作人员, 长春经济技术开发区, 园区概览, Parks,               Park staff",
            "cc_reviewer1, 李明,       审核人员,     长春市生态环境局,   园区概览, Parks,               Reviewer",
            "cc_manager,   陈刚,       管理人员,     长春市生态环境局,   园区概览, Parks,               Manager",
            "admin,        系统管理员, 系统管理员,   '',                 用户管理, User administration, Administrator"})
    void a_demo_account_sees_its_start_page_in_chinese_and_can_switch_to_english(String username, String name,
            String role, String scope, String chineseNavItem, String englishNavItem, String englishRole) {
        signIn(username, PASSWORD);

        Locator card = page.locator(".account-card");
        assertThat(card.locator(".account-name")).hasText(name);
        assertThat(card.locator(".account-role")).hasText(role);
        assertThat(card.locator(".account-scope")).hasText(scope);
        assertThat(page.locator("vaadin-side-nav")).containsText(chineseNavItem);
        assertThat(page.locator("vaadin-grid")).containsText("长春经济技术开发区");

        page.locator(".navbar .language-switch").click();

        assertThat(page.locator("vaadin-side-nav")).containsText(englishNavItem);
        assertThat(card.locator(".account-role")).hasText(englishRole);
        assertThat(page.locator(".navbar .language-switch")).hasText("中文");
    }

    @Test
    void the_administrator_finds_every_administration_page_and_the_park_list() {
        page.setViewportSize(1440, 900);
        signIn("admin", PASSWORD);

        Locator nav = page.locator("vaadin-side-nav");
        for (String item : List.of("园区概览", "园区管理", "主管部门管理", "用户管理")) {
            assertThat(nav).containsText(item);
        }
        page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("园区管理")).click();
        assertThat(page.locator(".view-title")).hasText("园区管理");
        Locator grid = page.locator("vaadin-grid");
        for (String park : List.of("长春经济技术开发区", "天津经济技术开发区", "苏州高新技术产业开发区")) {
            assertThat(grid).containsText(park);
        }
    }
}
