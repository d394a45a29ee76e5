package ecopark.review.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import ecopark.BrowserTest;
import ecopark.report.domain.NarrativeSection;
import org.junit.jupiter.api.Test;

/**
 * A whole review round trip by three people in the browser: staff submit, a reviewer returns, staff revise and
 * resubmit, two different reviewers approve, the report is published.
 */
class ReviewRoundTripBrowserIT extends BrowserTest {

    private static final String PASSWORD = "Ecopark#2026";

    @org.springframework.beans.factory.annotation.Autowired
    ecopark.ReportFixtures fixtures;

    @Test
    void staff_submit_a_reviewer_returns_staff_revise_two_reviewers_approve_and_it_is_published() {
        signIn("cc_staff", PASSWORD);
        page.navigate(url("reports"));
        page.locator("vaadin-integer-field input").fill("2020");
        page.locator("vaadin-button", new com.microsoft.playwright.Page.LocatorOptions().setHasText("新建年度报告")).click();
        page.waitForURL("**/report/*");
        String reportUrl = page.url();
        // Section 三 (indicator table and statistics) is filled through the services: this journey is about review.
        fixtures.completeSectionThree(Long.parseLong(reportUrl.substring(reportUrl.lastIndexOf('/') + 1)), 2020);
        for (NarrativeSection section : NarrativeSection.values()) {
            page.locator("#narrative-" + section.name().toLowerCase().replace('_', '-') + " textarea")
                    .fill("2020 年" + section.name() + "。\n\n- 第一项\n- 第二项");
        }
        page.locator("#save-report").click();
        assertThat(page.locator(".save-state")).containsText("已保存");
        submit();

        asReviewer("cc_reviewer1", () -> {
            page.locator("#review-comment textarea").fill("请补充固体废物综合利用的数据来源");
            page.locator("#return").click();
            confirm("确认退回");
            assertThat(page.locator("vaadin-notification-card")).containsText("已退回长春经济技术开发区，意见已发送");
        });

        switchUser("cc_staff");
        page.navigate(reportUrl);
        assertThat(page.locator("#review-feedback")).containsText("请补充固体废物综合利用的数据来源");
        page.locator("#narrative-achievements textarea").fill("2020 年主要成果，数据来源：园区统计年报。");
        page.locator("#save-report").click();
        assertThat(page.locator(".save-state")).containsText("已保存");
        submit();

        asReviewer("cc_reviewer1", () -> {
            page.locator("#approve").click();
            confirm("确认通过");
        });
        asReviewer("cc_reviewer2", () -> {
            page.locator("#approve").click();
            confirm("确认通过");
            assertThat(page.locator("vaadin-notification-card")).containsText("已通过复核，信息公开表已发布");
        });

        switchUser("cc_staff");
        page.navigate(url("reports"));
        assertThat(page.locator("vaadin-grid")).containsText("已发布");
    }

    private void submit() {
        page.locator("#submit-report").click();
        // The confirmation dialog offers a second "提交审核" button: the one to press.
        Locator submitButtons = page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new com.microsoft.playwright.Page.GetByRoleOptions().setName("提交审核").setExact(true));
        // While the dialog is open only its own button is exposed to assistive technology (the page is aria-hidden).
        assertThat(page.locator("vaadin-confirm-dialog-overlay[opened]")).hasCount(1);
        submitButtons.last().click();
        assertThat(page.locator("vaadin-notification-card")).containsText("报告已提交审核");
    }

    /** Presses the confirmation dialog's button that takes the decision. */
    private void confirm(String button) {
        assertThat(page.locator("vaadin-confirm-dialog-overlay[opened]")).hasCount(1);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new com.microsoft.playwright.Page.GetByRoleOptions().setName(button).setExact(true)).click();
    }

    /** Signs in as a reviewer, takes the report's task from the inbox and opens the review screen. */
    private void asReviewer(String reviewer, Runnable decide) {
        switchUser(reviewer);
        page.navigate(url("inbox"));
        Locator take = page.locator("vaadin-grid vaadin-button", new com.microsoft.playwright.Page.LocatorOptions()
                .setHasText("受理"));
        take.first().click();
        page.locator("vaadin-grid vaadin-button", new com.microsoft.playwright.Page.LocatorOptions().setHasText("审核"))
                .first().click();
        page.waitForURL("**/review/*");
        assertThat(page.locator("h2")).containsText("长春经济技术开发区");
        decide.run();
        page.waitForURL("**/inbox");
    }

    private void switchUser(String username) {
        browserContext.close();
        browserContext = browser().newContext(new Browser.NewContextOptions().setLocale("zh-CN"));
        browserContext.setDefaultTimeout(60_000);
        page = browserContext.newPage();
        signIn(username, PASSWORD);
        assertThat(page.locator(".account-card")).isVisible();
    }
}
