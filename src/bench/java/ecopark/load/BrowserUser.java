package ecopark.load;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One person in a real browser: their own Playwright and Chromium (Playwright objects belong to one thread), signed
 * in before the load starts, then their steps in a loop with a few seconds' thought between them until the end, and
 * still signed in while the server's heap is read.
 */
abstract class BrowserUser implements Runnable {

    /** Timed steps: a full page load, or a Vaadin round trip (a click and the server's answer on screen). */
    static final String PAGE = "page: ";
    static final String ROUND_TRIP = "vaadin: ";

    protected final Recorder recorder;
    protected final String base;
    protected final String username;
    private final Gate gate;
    protected Page page;
    protected int iteration;

    /** The shared start and end of all browser users. */
    record Gate(CountDownLatch signedIn, CountDownLatch go, CountDownLatch finished, CountDownLatch release,
            long[] deadline) {
    }

    BrowserUser(Recorder recorder, String base, String username, Gate gate) {
        this.recorder = recorder;
        this.base = base;
        this.username = username;
        this.gate = gate;
    }

    @Override
    public void run() {
        try (Chromium chromium = new Chromium()) {
            page = chromium.newSession();
            page.setDefaultTimeout(30_000);
            try {
                Chromium.signIn(page, base, username, LoadData.PASSWORD);
                prepare();
            } catch (PlaywrightException e) {
                recorder.error("sign-in", username + ": " + firstLine(e));
            }
            gate.signedIn().countDown();
            gate.go().await();
            while (System.nanoTime() < gate.deadline()[0]) {
                iteration++;
                try {
                    step();
                } catch (PlaywrightException e) {
                    recorder.error(kindOfFailure(), username + ": " + firstLine(e));
                    recover();
                }
                think();
            }
            gate.finished().countDown();
            gate.release().await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            recorder.error("browser", username + ": " + firstLine(e));
            gate.signedIn().countDown();
            gate.finished().countDown();
        }
    }

    /** After signing in: the page the person starts from. */
    protected abstract void prepare();

    /** One round of the person's work, timing each step. */
    protected abstract void step();

    /** The kind a failed step counts under. */
    protected abstract String kindOfFailure();

    /** After a failed step: back to the starting page. */
    protected void recover() {
        try {
            prepare();
        } catch (PlaywrightException again) {
            recorder.error(kindOfFailure(), username + " could not recover: " + firstLine(again));
        }
    }

    protected void think() {
        try {
            Thread.sleep(2000 + ThreadLocalRandom.current().nextInt(2000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Runs a step and records its time under {@code kind}. */
    protected void timed(String kind, Runnable action) {
        long start = System.nanoTime();
        action.run();
        recorder.ok(kind, System.nanoTime() - start);
    }

    static String firstLine(Throwable e) {
        // Playwright's messages begin "Error {" and say what failed on a "message=" line; its call log then says
        // what it was waiting for ("- waiting for locator(…)"), which tells which step timed out.
        String message = String.valueOf(e.getMessage());
        String what = message.lines().filter(l -> l.contains("message=")).findFirst()
                .orElse(message.lines().findFirst().orElse(message)).strip();
        return what + message.lines().filter(l -> l.contains("waiting for")).findFirst().map(l -> " " + l.strip())
                .orElse("");
    }
}
