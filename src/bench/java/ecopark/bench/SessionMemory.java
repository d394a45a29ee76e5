package ecopark.bench;

import com.microsoft.playwright.Page;
import ecopark.load.AppProcess;
import ecopark.load.Chromium;
import ecopark.load.Histogram;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The server's memory per signed-in Vaadin session on the report editor: the live heap (after a full collection)
 * with {@code sessions} real browser sessions of park staff on the editor of the same draft, minus the live heap with
 * none, divided by their number. Goal: under 500 KB.
 *
 * <p>By default it starts the application itself in a JVM of its own (development mode, dev tools off, a fresh H2
 * database with the demo data under {@code target/session-memory}), so neither Playwright nor this harness counts in
 * the measured heap; {@code port=N attach=true} (optionally {@code pid=N}) measures a running one instead. Two warm-up
 * sessions open the editor and sign out first, so that classes, caches and the first compiled pages are in both
 * measurements.
 *
 * <pre>./mvnw -B -Pbench test-compile exec:exec -Dbench.main=ecopark.bench.SessionMemory -Djmh.args='sessions=40'</pre>
 * ({@code openSectionThree=true}: each session also opens section 三, the editor's biggest part;
 * {@code classesFirst=DIR}: the application runs with the classes in DIR before its own, e.g. an older version of a
 * view compiled there, to compare before and after in the same conditions; {@code path=P ready=SELECTOR
 * user=U}: the sessions open page P instead, drawn when SELECTOR shows, e.g. {@code path=inbox ready=#inbox-tasks
 * user=cc_reviewer1} or {@code path=rectification/dashboard ready=#dashboard-year user=cc_manager}.)
 */
public final class SessionMemory {

    private SessionMemory() {
    }

    public static void main(String[] argv) throws Exception {
        Map<String, String> args = BenchArgs.parse(argv);
        int sessions = Integer.parseInt(args.getOrDefault("sessions", "40"));
        int port = Integer.parseInt(args.getOrDefault("port", "8106"));
        Path data = Path.of(args.getOrDefault("data", "target/session-memory")).toAbsolutePath();
        String user = args.getOrDefault("user", "cc_staff");
        String password = args.getOrDefault("password", "Ecopark#2026");
        boolean openSectionThree = Boolean.parseBoolean(args.getOrDefault("openSectionThree", "false"));
        boolean attach = Boolean.parseBoolean(args.getOrDefault("attach", "false"));
        // Another page than the editor: its path (e.g. inbox, rectification/dashboard) and an element it shows when
        // drawn; the user must be one who may open it (cc_reviewer1, cc_manager).
        String path = args.get("path");
        String ready = args.getOrDefault("ready", "main");
        if (args.containsKey("classesFirst")) {
            System.setProperty("ecopark.classesFirst", args.get("classesFirst"));
        }

        try (AppProcess app = attach ? AppProcess.attach(port, Optional.ofNullable(args.get("pid")).map(Long::valueOf))
                : startApp(port, data); Chromium chromium = new Chromium()) {
            String base = app.url("");
            System.out.printf("Application pid %d on %s%n", app.pid(), base);
            String editor = path != null ? path : findEditor(chromium, base, user, password);
            String pageName = path != null ? path : "the report editor" + (openSectionThree ? " with section 三 open" : "");
            for (int i = 0; i < 2; i++) {
                Page warmUp = chromium.newSession();
                open(warmUp, base, editor, path != null ? ready : null, user, password, openSectionThree);
                warmUp.locator(".logout").first().click();
                warmUp.waitForURL(url -> url.contains("/login"));
                warmUp.context().close();
            }
            Histogram before = app.liveHeap();
            System.out.printf("Live heap with no session: %,d KB%n", before.totalBytes() / 1024);

            List<Page> pages = new ArrayList<>();
            long started = System.nanoTime();
            for (int i = 0; i < sessions; i++) {
                Page page = chromium.newSession();
                open(page, base, editor, path != null ? ready : null, user, password, openSectionThree);
                pages.add(page);
                if ((i + 1) % 10 == 0) {
                    System.out.printf("  %d sessions on %s (%.0f s)%n", i + 1, editor,
                            (System.nanoTime() - started) / 1e9);
                }
            }
            Histogram after = app.liveHeap();
            long perSession = (after.totalBytes() - before.totalBytes()) / sessions;
            System.out.printf("Live heap with %d sessions: %,d KB%n", sessions, after.totalBytes() / 1024);
            System.out.printf("Per session on %s: %,d KB (goal < 500 KB); open editors counted in"
                    + " the heap: %d, Vaadin sessions %d before and %d after%n", pageName,
                    perSession / 1024, after.instances("ecopark.report.ui.ReportEditorView"),
                    before.instances("com.vaadin.flow.spring.SpringVaadinSession"),
                    after.instances("com.vaadin.flow.spring.SpringVaadinSession"));
            System.out.println("Largest growth per session, by class:");
            for (Map.Entry<String, Long> e : after.grownSince(before, 15)) {
                System.out.printf("  %8.1f KB  %s%n", e.getValue() / 1024.0 / sessions, e.getKey());
            }
            pages.forEach(p -> p.context().close());
        }
    }

    private static AppProcess startApp(int port, Path dir) throws Exception {
        if (Files.exists(dir)) {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        System.out.println("Starting the application (a fresh H2 database in " + dir + ")…");
        return AppProcess.start("ecopark.Application", port, List.of("-Xmx1g", "-XX:+UseG1GC"),
                List.of("--spring.datasource.url=jdbc:h2:file:" + dir.resolve("db")
                                + ";MODE=MySQL;NON_KEYWORDS=VALUE,YEAR",
                        "--vaadin.devmode.devTools.enabled=false", "--vaadin.launch-browser=false",
                        // Development mode records where each component was created (for the dev tools): tens of
                        // MB that production never holds.
                        "--vaadin.devmode.componentTracker.enabled=false",
                        // The seed report stays a draft, so the editor is the staff's editable one.
                        "--ecopark.demo.publish-seed-form=false"),
                "Demo data loaded", dir.resolve("app.log"), Duration.ofMinutes(25));
    }

    /** The editor of the first report in the staff member's list (the demo's 2019 draft on a fresh database). */
    private static String findEditor(Chromium chromium, String base, String user, String password) {
        Page page = chromium.newSession();
        Chromium.signIn(page, base, user, password);
        page.navigate(base + "reports");
        page.locator("vaadin-grid-cell-content").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("长春经济技术开发区")).first().click();
        page.waitForURL(url -> url.matches(".*/report/\\d+$"));
        String path = page.url().substring(base.length());
        page.context().close();
        return path;
    }

    private static void open(Page page, String base, String editor, String ready, String user, String password,
            boolean openSectionThree) {
        Chromium.signIn(page, base, user, password);
        page.navigate(base + editor);
        if (ready != null) {
            page.locator(ready).first().waitFor();
            return;
        }
        page.locator("#save-report").waitFor();
        if (openSectionThree) {
            page.locator("#section-three-details vaadin-details-summary").click();
            page.locator("#live-evaluation .evaluation-panel, #live-evaluation > *").first().waitFor();
        }
    }
}
