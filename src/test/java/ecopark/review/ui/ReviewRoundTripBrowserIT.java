package ecopark.review.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import ecopark.BrowserTest;
import ecopark.report.domain.NarrativeSection;
import org.junit.jupiter.api.Test;

/**
 * A whole review round trip by three people in the browser: staff submit, a reviewer returns, staff revise and
 * resubmit, two different reviewers approve, the report is published.
 */
class ReviewRoundTripBrowserIT extends BrowserTest {

    @org.springframework.beans.factory.annotation.Autowired
    ecopark.ReportFixtures fixtures;

    @Test
    void staff_submit_a_reviewer_returns_staff_revise_two_reviewers_approve_and_it_is_published() {
        signIn("cc_staff", DEMO_PASSWORD);
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
        submitReport();

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
        submitReport();

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
}
