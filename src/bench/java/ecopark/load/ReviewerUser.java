package ecopark.load;

import com.microsoft.playwright.Locator;
import ecopark.review.domain.ReviewStage;

/**
 * A reviewer working their inbox at one stage (the pair's other reviewer takes the other, as the four-eyes rule
 * needs): the inbox narrowed to the stage, the first waiting report taken (受理), opened (审核) and approved.
 */
final class ReviewerUser extends BrowserUser {

    private final String stageLabel;

    ReviewerUser(Recorder recorder, String base, String username, ReviewStage stage, Gate gate) {
        super(recorder, base, username, gate);
        this.stageLabel = stage == ReviewStage.PRELIMINARY ? "初审" : "复核";
    }

    @Override
    protected void prepare() {
        page.navigate(base + "inbox");
        page.locator("#inbox-tasks").waitFor();
    }

    @Override
    protected void step() {
        timed(PAGE + "inbox", () -> {
            page.navigate(base + "inbox");
            page.locator("#inbox-tasks").waitFor();
        });
        timed(ROUND_TRIP + "inbox stage filter", () -> {
            page.locator("#filter-stage").click();
            page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText(stageLabel)).first()
                    .click();
            // The grid asks for the narrowed rows: every shown row's stage cell then reads this stage. Rows the
            // grid keeps hidden for reuse still hold their old texts (a longer list before the filter), so only
            // rows that are shown count: counting them all left the 复核 reviewer waiting forever.
            page.waitForFunction("l => { const grid = document.querySelector('#inbox-tasks');"
                    + " const other = l === '初审' ? '复核' : '初审';"
                    + " const rows = [...grid.shadowRoot.querySelectorAll('#items tr')].filter(tr => !tr.hidden);"
                    + " return !grid.loading && !rows.some(tr => [...tr.querySelectorAll('slot')]"
                    + ".some(s => s.assignedElements().some(e => e.textContent === other))); }", stageLabel);
        });
        // Buttons of shown rows only (hidden rows kept for reuse may still hold a button).
        Locator open = page.locator("#inbox-tasks vaadin-button:visible")
                .filter(new Locator.FilterOptions().setHasText("审核"));
        if (open.count() == 0) {
            Locator claim = page.locator("#inbox-tasks vaadin-button:visible")
                    .filter(new Locator.FilterOptions().setHasText("受理"));
            if (claim.count() == 0) {
                return;
            }
            timed(ROUND_TRIP + "claim (受理)", () -> {
                claim.first().click();
                open.first().waitFor();
            });
        }
        timed(ROUND_TRIP + "open review (审核)", () -> {
            open.first().click();
            page.locator("#approve").waitFor();
        });
        timed(ROUND_TRIP + "approve", () -> {
            page.locator("#approve").click();
            page.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("确认通过")).first().click();
            page.waitForURL(url -> url.endsWith("/inbox"));
        });
    }

    @Override
    protected String kindOfFailure() {
        return ROUND_TRIP + "approve";
    }
}
