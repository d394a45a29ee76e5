package ecopark.load;

import com.microsoft.playwright.Locator;

/**
 * A park's staff member drafting their report: opens the editor, writes in a narrative section and saves; every
 * other round also opens section 三 (its fields and the live evaluation).
 */
final class StaffUser extends BrowserUser {

    private String editor;

    StaffUser(Recorder recorder, String base, String username, Gate gate) {
        super(recorder, base, username, gate);
    }

    @Override
    protected void prepare() {
        if (editor == null) {
            page.navigate(base + "reports");
            page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("负载测试园区"))
                    .first().click();
            page.waitForURL(url -> url.matches(".*/report/\\d+$"));
            editor = page.url();
        }
        page.navigate(editor);
        page.locator("#save-report").waitFor();
    }

    @Override
    protected void step() {
        timed(PAGE + "open report editor", () -> {
            page.navigate(editor);
            page.locator("#save-report").waitFor();
        });
        if (iteration % 2 == 0) {
            timed(ROUND_TRIP + "open section 三", () -> {
                page.locator("#section-three-details vaadin-details-summary").click();
                page.locator("#live-evaluation .evaluation-panel").first().waitFor();
            });
        }
        page.locator("#narrative-problems textarea").fill("负载测试第 " + iteration + " 轮：" + username
                + " 修改的问题说明。");
        String before = page.locator(".save-state").textContent();
        timed(ROUND_TRIP + "save draft", () -> {
            page.locator("#save-report").click();
            page.waitForFunction("b => { const s = document.querySelector('.save-state');"
                    + " return s && s.textContent !== b && s.textContent.startsWith('已保存'); }", before);
        });
    }

    @Override
    protected String kindOfFailure() {
        return ROUND_TRIP + "save draft";
    }
}
