package ecopark.report.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import ecopark.BrowserTest;
import ecopark.report.domain.NarrativeSection;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Park staff draft a whole report in the browser, from a new year to the submission: basic information, the five
 * narratives, section 三 (the optional indicators, entered values and states, the yearly statistics, all saved by
 * the header's 保存; the Excel template exported and imported back), until the submission check passes; then
 * submits, and withdraws again.
 */
class ReportDraftingBrowserIT extends BrowserTest {

    private static final String PASSWORD = "Ecopark#2026";
    /** No browser journey writes 2021, so the selection starts empty here: chosen from scratch. */
    private static final int YEAR = 2022;
    private static final List<String> OPTIONAL = List.of("1", "2", "3", "4", "6", "7", "8", "9", "11", "12", "14",
            "15", "16", "27", "28");
    private static final List<String> SELECTED = List.of("2", "6", "8", "11", "14", "27", "28");
    private static final Map<String, String> ENTERED = new LinkedHashMap<>();
    private static final Map<String, String> STATISTICS = new LinkedHashMap<>();

    static {
        ENTERED.put("5", "8");
        ENTERED.put("19", "0");
        ENTERED.put("20", "100");
        ENTERED.put("21", "100");
        ENTERED.put("23", "100");
        ENTERED.put("24", "100");
        ENTERED.put("29", "17.6");
        ENTERED.put("30", "100");
        ENTERED.put("31", "100");
        ENTERED.put("32", "4");
        STATISTICS.put("industrial_output", "9300000");
        STATISTICS.put("industrial_value_added", "2500000");
        STATISTICS.put("employees", "121000");
        STATISTICS.put("industrial_land_area", "26.5");
        STATISTICS.put("energy_consumption", "1010000");
        STATISTICS.put("fresh_water", "12500000");
        STATISTICS.put("wastewater_discharged", "9800000");
        STATISTICS.put("solid_waste_generated", "205000");
        STATISTICS.put("solid_waste_utilised", "190000");
        STATISTICS.put("co2_emissions", "2500000");
        STATISTICS.put("cod_emissions", "1450");
        STATISTICS.put("ammonia_emissions", "135");
        STATISTICS.put("so2_emissions", "1900");
        STATISTICS.put("nox_emissions", "3100");
    }

    @Test
    void staff_draft_a_complete_report_through_the_editor_and_submit_it() throws IOException {
        page.setViewportSize(1400, 1000);
        signIn("cc_staff", PASSWORD);
        assertThat(page.locator(".account-card")).isVisible();
        page.navigate(url("reports"));
        page.locator("vaadin-integer-field input").fill(String.valueOf(YEAR));
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("新建年度报告")).click();
        page.waitForURL("**/report/*");
        assertThat(page.locator("h2")).containsText(YEAR + " 年度评价报告");

        // 一 basic information: a wrong e-mail is explained at the field, then corrected.
        fill("#postal-address", "吉林省长春市经开区吉林大路 6188 号");
        fill("#postcode", "130033");
        fill("#phone", "0431-84630074");
        fill("#email", "wangli@");
        assertThat(page.locator("vaadin-text-field#email")).hasAttribute("invalid", "");
        assertThat(page.locator("vaadin-text-field#email")).containsText("请输入有效的电子邮箱地址");
        fill("#email", "wangli@ccedz.gov.cn");
        assertThat(page.locator("vaadin-text-field#email")).not().hasAttribute("invalid", "");
        radio("国家级");
        radio("经济技术开发区");
        radio("国家生态工业示范园区创建中");

        // 二 the five narratives, with the character count under each.
        for (NarrativeSection section : NarrativeSection.values()) {
            Locator area = page.locator("#narrative-" + section.name().toLowerCase().replace('_', '-'));
            area.locator("textarea").fill(YEAR + " 年" + section.name() + "：园区持续推进生态工业建设。\n\n- 第一项\n- 第二项");
            area.locator("textarea").press("Tab");
            assertThat(area).containsText("字");
        }
        page.locator("#save-report").click();
        assertThat(page.locator(".save-state")).containsText("已保存");

        // 三 the optional indicators, the entered values and states and the statistics, all saved with the report.
        // Section 三 is built when opened, as a user opens it.
        page.locator("#section-three-details vaadin-details-summary").click();
        for (String code : OPTIONAL) {
            Locator box = page.locator("#select-" + code + " input");
            if (SELECTED.contains(code)) {
                box.check();
            } else {
                box.uncheck();
            }
        }
        assertThat(page.locator("#selection-state")).containsText("已选可选指标 7 项（至少 6 项）。");

        ENTERED.forEach((code, value) -> fill("#value-" + code, value));
        for (String code : List.of("17", "18", "22")) {
            page.locator("#indicator-" + code + " vaadin-radio-button", new Page.LocatorOptions().setHasText("是"))
                    .click();
        }
        STATISTICS.forEach((key, value) -> fill("#stat-" + key + "-" + YEAR, value));
        page.locator("#save-report").click();
        assertThat(page.locator(".save-state")).containsText("已保存");
        assertThat(page.locator("#selection-state")).hasText("已选可选指标 7 项（至少 6 项）。");

        // The Excel template: downloaded, and the same file imported back changes nothing.
        Download download = page.waitForDownload(() -> page.locator("#export-workbook").click());
        assertThat(download.suggestedFilename()).isEqualTo("长春经济技术开发区-" + YEAR + "年度-指标与统计数据.xlsx");
        Path saved = Files.createTempDirectory("report-workbook").resolve(download.suggestedFilename());
        download.saveAs(saved);
        page.locator("#import-workbook input[type=file]").setInputFiles(saved);
        assertThat(page.locator("#import-message")).hasText("导入完成：文件与当前数据一致，没有需要修改的内容。");

        page.locator("#save-report").click();
        assertThat(page.locator(".save-state")).containsText("已保存");
        assertThat(page.locator("#submission-problems")).isEmpty();

        page.locator("#submit-report").click();
        assertThat(page.locator("vaadin-confirm-dialog-overlay[opened]")).hasCount(1);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交审核").setExact(true)).last().click();
        assertThat(page.locator("vaadin-notification-card")).containsText("报告已提交审核");
        assertThat(page.locator(".editor-actions")).containsText("已提交");
        assertThat(page.locator("#withdraw-report")).isVisible();

        page.navigate(url("reports"));
        Locator grid = page.locator("vaadin-grid");
        assertThat(grid).containsText(String.valueOf(YEAR));
        assertThat(grid).containsText("已提交");
        assertThat(grid).containsText("王丽");

        // Nobody has taken it yet, so staff may still withdraw it; this also leaves the bureau's inbox as it was for
        // the other journeys of this application context.
        page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(String.valueOf(YEAR))).click();
        page.waitForURL("**/report/*");
        page.locator("#withdraw-report").click();
        assertThat(page.locator(".editor-actions")).containsText("草稿");
        assertThat(page.locator("#submit-report")).isVisible();
    }

    private void fill(String id, String text) {
        Locator input = page.locator(id + " input");
        input.fill(text);
        input.press("Tab");
    }

    private void radio(String label) {
        page.locator("vaadin-radio-button", new Page.LocatorOptions().setHasText(label)).first().click();
    }
}
