package ecopark.review.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import ecopark.BrowserTest;
import ecopark.ReportFixtures;
import ecopark.base.pdf.PdfWriter;
import ecopark.report.domain.NarrativeSection;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The submission route of issue 16 in the browser, with the demo's Jilin route and its notice for the 2020 reports:
 * the park's staff write the 2020 report, are told what the notice (科财函〔2021〕00号（演示）) still wants, upload its
 * deliverable, answer its topic and submit; 长春市生态环境局 pre-reviews (预审) while the province cannot act yet;
 * 吉林省生态环境厅 decides 初审 and, by a second reviewer (four eyes), 复核, which publishes the form on the public
 * portal. Then the province's desk shows it approved, the province sends its package (汇总报送) signed with its
 * certificate, the national desk receives it (late against the demo notice's 2021 deadline) with the province's
 * attainment, and the public verification page finds the downloaded package signed by 吉林省生态环境厅 and unchanged.
 * A context of its own (the demo's route and notice are off in the other tests), so the report year 2020 of
 * the demo park is this class's alone. Screenshots of each step go to target/screenshots/journey-*.png.
 */
@TestPropertySource(properties = {"ecopark.demo.province-routes=true", "ecopark.demo.annual-notice=true"})
class SubmissionRouteBrowserIT extends BrowserTest {

    private static final int YEAR = 2020;
    private static final String PARK = "长春经济技术开发区";
    private static final String NOTICE = "科财函〔2021〕00号（演示）";
    private static final String DELIVERABLE = "碳达峰碳中和实施路径专项报告";
    private static final String TOPIC = "减污降碳协同增效";
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @Autowired
    ReportFixtures fixtures;

    @Test
    void a_report_goes_through_the_city_and_the_province_into_the_signed_package_the_national_desk_receives()
            throws IOException {
        page.setViewportSize(1400, 1000);

        // 1. The park's staff write the 2020 report under the year's notice.
        signIn("cc_staff", DEMO_PASSWORD);
        assertThat(page.locator(".account-card")).isVisible();
        page.navigate(url("reports"));
        page.locator("vaadin-integer-field input").fill(String.valueOf(YEAR));
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("新建年度报告")).click();
        page.waitForURL("**/report/*");
        String reportUrl = page.url();
        assertThat(page.locator("#notice-number")).hasText(NOTICE);
        assertThat(page.locator("#notice-part")).containsText(DELIVERABLE);
        assertThat(page.locator("#notice-part")).containsText(TOPIC);
        // Section 三 (indicator table and statistics) is filled through the services: this journey is about the route.
        fixtures.completeSectionThree(Long.parseLong(reportUrl.substring(reportUrl.lastIndexOf('/') + 1)), YEAR);
        for (NarrativeSection section : NarrativeSection.values()) {
            page.locator("#narrative-" + section.name().toLowerCase().replace('_', '-') + " textarea")
                    .fill(YEAR + " 年度第 " + (section.ordinal() + 1) + " 部分：园区持续推进生态工业建设。\n\n- 第一项\n- 第二项");
        }
        page.locator("#notice-part").scrollIntoViewIfNeeded();
        screenshot("01-editor-notice");

        // Submitting without the notice's deliverable and topic: the narratives are saved, the check names both.
        page.locator("#submit-report").click();
        Locator problems = page.locator("#submission-problems");
        assertThat(problems).containsText("年度通知 " + NOTICE + " 要求的材料“" + DELIVERABLE + "”尚未上传");
        assertThat(problems).containsText("年度通知 " + NOTICE + " 要求的专题“" + TOPIC + "”尚未填写（至少 300 字）");
        assertThat(page.locator("vaadin-confirm-dialog-overlay[opened]")).hasCount(0);
        assertThat(page.locator("#submit-report")).isDisabled();
        page.locator("#notice-part").scrollIntoViewIfNeeded();
        screenshot("02-submission-check");

        page.locator(".deliverable vaadin-upload input[type=file]").setInputFiles(
                new FilePayload(DELIVERABLE + ".pdf", "application/pdf", deliverablePdf()));
        assertThat(page.locator(".deliverable .upload-message")).hasText("已上传“" + DELIVERABLE + ".pdf”");
        assertThat(page.locator(".deliverable")).containsText(DELIVERABLE + ".pdf");
        // The deliverable is stored as it is uploaded: only the topic is left.
        assertThat(problems).not().containsText("要求的材料");
        assertThat(problems).containsText("要求的专题“" + TOPIC + "”");
        Locator topic = page.locator(".topic-area textarea");
        topic.fill(topicAnswer());
        topic.press("Tab");
        assertThat(page.locator(".topic-area")).containsText("至少 300 字");
        page.locator("#save-report").click();
        assertThat(page.locator(".save-state")).containsText("已保存");
        assertThat(problems).isEmpty();
        screenshot("03-ready");
        submitReport();
        assertThat(page.locator(".editor-actions")).containsText("已提交");

        // 2. 长春市生态环境局 pre-reviews; 吉林省生态环境厅 has nothing to act on yet.
        switchUser("jl_reviewer1");
        page.navigate(url("inbox"));
        assertThat(page.locator("#inbox-tasks")).containsText("暂无待审核的报告");
        assertThat(page.locator("#inbox-tasks")).not().containsText(PARK);
        screenshot("04-province-inbox-during-pre-review");

        switchUser("cc_reviewer1");
        page.navigate(url("inbox"));
        assertThat(page.locator("#inbox-tasks")).containsText(PARK);
        assertThat(page.locator("#inbox-tasks")).containsText("长春市生态环境局 预审");
        screenshot("05-city-inbox");
        takeAndOpenReview();
        assertThat(page.locator("h2")).containsText(YEAR + " 年度报告 · 第 1 版 · 长春市生态环境局 预审");
        assertThat(page.locator("#review-route")).containsText("长春市生态环境局 预审");
        screenshot("06-city-pre-review");
        // What the notice asked for, as the park delivered it.
        Locator noticePart = page.locator("#revision-notice");
        assertThat(noticePart).containsText("年度通知 " + NOTICE + " 要求的内容");
        assertThat(noticePart).containsText("第1项举措：园区推进能源结构调整");
        assertThat(noticePart).containsText(DELIVERABLE + "：" + DELIVERABLE + ".pdf");
        assertThat(page.locator("#review-attachments")).containsText(DELIVERABLE + ".pdf");
        noticePart.scrollIntoViewIfNeeded();
        screenshot("06b-city-pre-review-notice");
        // The whole route diagram, in a window wide enough for it.
        page.setViewportSize(2400, 1300);
        page.locator("#process-diagram").scrollIntoViewIfNeeded();
        page.locator("#process-diagram").screenshot(new Locator.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve("journey-06c-route-diagram.png")));
        page.setViewportSize(1400, 1000);
        page.locator("#approve").click();
        confirm("确认通过");
        notified("已通过预审，报送省级初审");
        page.waitForURL("**/inbox");

        // 3. The province: 初审 by one reviewer, 复核 by another.
        asReviewer("jl_reviewer1", () -> {
            assertThat(page.locator("h2")).containsText("吉林省生态环境厅 初审");
            screenshot("07-province-preliminary");
            page.locator("#approve").click();
            confirm("确认通过");
            notified("已通过初审，转入复核");
        });
        // Four eyes: the 初审's reviewer sees the 复核 but is offered no 受理, and is told why.
        Locator tasks = page.locator("#inbox-tasks");
        assertThat(tasks).containsText("吉林省生态环境厅 复核");
        assertThat(tasks).containsText("您已通过本版初审，复核须由其他审核人员受理");
        assertThat(tasks.locator("vaadin-button", new Locator.LocatorOptions().setHasText("受理"))).hasCount(0);
        assertThat(tasks).containsText("待受理");
        assertThat(tasks.locator("vaadin-button", new Locator.LocatorOptions().setHasText("审核"))).hasCount(0);
        screenshot("08-four-eyes");

        asReviewer("jl_reviewer2", () -> {
            assertThat(page.locator("h2")).containsText("吉林省生态环境厅 复核");
            page.locator("#approve").click();
            confirm("确认通过");
            notified("已通过复核，信息公开表已发布");
            screenshot("09-published-notification");
        });

        page.navigate(url("public/forms"));
        Locator published = page.locator("#public-forms li", new Page.LocatorOptions().setHasText(PARK))
                .filter(new Locator.FilterOptions().setHas(page.locator(".year", new Page.LocatorOptions()
                        .setHasText(String.valueOf(YEAR)))));
        assertThat(published).hasCount(1);
        assertThat(published).containsText("吉林省");
        screenshot("10-public-forms");

        // 4. The park's staff find it published.
        switchUser("cc_staff");
        page.navigate(url("reports"));
        Locator row = page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("已发布"));
        assertThat(row.first()).isVisible();
        assertThat(page.locator("vaadin-grid")).containsText(String.valueOf(YEAR));
        screenshot("11-staff-list");

        // 5. The province's desk (报送台) for the notice's year: 长春 approved, nothing left to chase.
        switchUser("jl_manager");
        page.navigate(url("desk"));
        assertThat(page.locator("#desk-notice")).containsText("科财函〔2021〕00号（演示）");
        Locator deskParks = page.locator("#desk-parks");
        assertThat(deskParks).containsText(PARK);
        assertThat(deskParks).containsText("审核通过");
        screenshot("12-province-desk");

        // 6. The province's package (汇总报送): the form, a cover letter, signed with the province's certificate.
        page.navigate(url("forwarding"));
        assertThat(page.locator("#package-forms")).containsText(PARK);
        page.locator("#package-letter-number input").fill("吉环函〔2021〕18号");
        page.locator("#package-contact-name input").fill("王敏");
        page.locator("#package-contact-phone input").fill("0431-88888888");
        page.locator("#package-send").click();
        confirm("生成并签名报送");
        notified("已汇总报送 " + YEAR + " 年度评价报告（第 1 版）");
        assertThat(page.locator("#package-status")).containsText("吉环函〔2021〕18号");
        screenshot("13-package-sent");
        Download download = page.waitForDownload(
                () -> page.locator("[id^=package-pdf-] vaadin-button").first().click());
        // Kept before the next user's sign-in closes this browser context, and its downloads with it.
        Path signed = Files.createTempFile("package-", ".pdf");
        download.saveAs(signed);

        // 7. The national desk: 吉林 has sent (after the provinces' deadline of 2021-06-30: late), and its attainment.
        switchUser("nat_manager");
        page.navigate(url("desk"));
        page.locator("vaadin-tab", new Page.LocatorOptions().setHasText("报送包")).click();
        Locator received = page.locator("#received-packages");
        assertThat(received).containsText("吉林省生态环境厅");
        assertThat(received).containsText("逾期报送");
        screenshot("14-national-packages");
        page.locator("vaadin-tab", new Page.LocatorOptions().setHasText("达标情况")).click();
        assertThat(page.locator("#attainment-results")).containsText("吉林省生态环境厅");
        screenshot("15-national-attainment");

        // 8. Anyone checks the package on the public portal: signed by the province, unchanged since.
        page.navigate(url("public/signatures/verify"));
        page.locator("#verify-file").setInputFiles(signed);
        page.locator("#verify-submit").click();
        assertThat(page.locator("#signature-1 .verdict")).containsText("签名有效，文件自签名后未被改动。");
        assertThat(page.locator("#signature-1 .signer")).containsText("吉林省生态环境厅");
        screenshot("16-verified");
    }

    /** The notice's special report as a park would hand it in: a real PDF in Chinese. */
    private static byte[] deliverablePdf() throws IOException {
        try (PdfWriter pdf = new PdfWriter(DELIVERABLE, null, null)) {
            pdf.title(PARK + " " + DELIVERABLE, 16);
            pdf.paragraph("本报告说明园区 2020 年碳排放现状、达峰路径与重点任务。", 11, true);
            return pdf.finish();
        }
    }

    /** An answer to the topic over its 300-character minimum. */
    private static String topicAnswer() {
        StringBuilder text = new StringBuilder();
        int step = 1;
        while (text.codePointCount(0, text.length()) < 320) {
            text.append("第").append(step++).append("项举措：园区推进能源结构调整、工业余热回收利用和污水处理厂提标改造，"
                    + "单位工业增加值二氧化碳排放较上年下降，化学需氧量和氮氧化物排放量同步减少。\n");
        }
        return text.toString().strip();
    }

    /** The whole page, to look at after the run (clipped buttons, English words, raw keys). */
    private void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("journey-" + name + ".png"))
                .setFullPage(true));
    }

    /** A notification with this text is shown (an earlier one may still be fading out beside it). */
    private void notified(String text) {
        assertThat(page.locator("vaadin-notification-card", new Page.LocatorOptions().setHasText(text)).first())
                .isVisible();
    }
}
