package ecopark.load;

import ecopark.bench.BenchArgs;
import ecopark.review.domain.ReviewStage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A mixed load on the application running on MariaDB: staff saving drafts, reviewers taking and approving reports
 * and managers opening the rectification dashboard, each in a real browser; anonymous readers of the public pages and
 * clients of the open API at a steady rate. Reports p50/p95/p99, throughput and errors per kind, and the server's
 * live heap per signed-in Vaadin session. Goals: no errors, p95 under 300 ms for the API and public pages and under
 * 1 s for a Vaadin round trip. Run with {@code scripts/load-test.sh} (docs/development.md).
 *
 * <p>Arguments ({@code key=value}): {@code seconds} (300), {@code port} (8107), {@code db} (a MariaDB database name,
 * dropped and created anew: {@code ecopark_load_run}), {@code staff} (4), {@code reviewerPairs} (1),
 * {@code managers} (2), {@code publicPerSecond} (8), {@code apiPerSecond} (8), {@code production} (false: Vaadin in
 * development mode, classes as the development build left them; true: the production profile's build, which the
 * script makes first).
 */
public final class LoadTest {

    private LoadTest() {
    }

    public static void main(String[] argv) throws Exception {
        Map<String, String> args = BenchArgs.parse(argv);
        int seconds = Integer.parseInt(args.getOrDefault("seconds", "300"));
        int port = Integer.parseInt(args.getOrDefault("port", "8107"));
        String db = args.getOrDefault("db", "ecopark_load_run");
        int staff = Integer.parseInt(args.getOrDefault("staff", "4"));
        int pairs = Integer.parseInt(args.getOrDefault("reviewerPairs", "1"));
        int managers = Integer.parseInt(args.getOrDefault("managers", "2"));
        // The server makes one more of each than the harness drives: the warm-up's. A reviewer approves a report in
        // a few seconds at best (about one in 15–20 s on a busy 2-core machine), so the inbox never runs dry.
        int waiting = Math.max(12, seconds / 8);
        System.setProperty("ecopark.load.staff", String.valueOf(staff + 1));
        System.setProperty("ecopark.load.reviewerPairs", String.valueOf(pairs + 1));
        System.setProperty("ecopark.load.managers", String.valueOf(managers + 1));
        System.setProperty("ecopark.load.waiting", String.valueOf(waiting));
        // With the production profile's build (scripts/load-test.sh production=true): Vaadin as deployed.
        boolean production = Boolean.parseBoolean(args.getOrDefault("production", "false"));
        double publicRate = Double.parseDouble(args.getOrDefault("publicPerSecond", "8"));
        double apiRate = Double.parseDouble(args.getOrDefault("apiPerSecond", "8"));
        if (!db.matches("[A-Za-z0-9_]+")) {
            throw new IllegalArgumentException("db: letters, digits and _ only");
        }
        Path out = Path.of("target", "load-test").toAbsolutePath();
        Files.createDirectories(out);

        freshDatabase(db);
        System.out.println("Starting the application on MariaDB database " + db + " (the load data takes a few"
                + " minutes)…");
        String url = "jdbc:mariadb://127.0.0.1:3306/" + db;
        try (AppProcess app = AppProcess.start(LoadServer.class.getName(), port,
                List.of("-Xms1g", "-Xmx1g", "-XX:+UseG1GC", "-Decopark.load.staff=" + (staff + 1),
                        "-Decopark.load.reviewerPairs=" + (pairs + 1), "-Decopark.load.managers=" + (managers + 1),
                        "-Decopark.load.waiting=" + waiting),
                // The demo's notice for the 2020 reports would ask the load's 2020 reports for its deliverable and
                // topic; the load data writes plain complete reports.
                List.of("--spring.profiles.active=mysql", "--ecopark.demo-data=true", "--ecopark.demo.annual-notice=false",
                        "--vaadin.productionMode=" + production,
                        "--ecopark.startup-safety-check=false", "--vaadin.devmode.devTools.enabled=false",
                        "--vaadin.devmode.componentTracker.enabled=false",
                        "--vaadin.launch-browser=false"),
                // The mysql profile refuses the demo's signing secret; a fresh one per run signs the demo's test
                // certificates' keystores.
                Map.of("ECOPARK_DB_URL", url, "ECOPARK_DB_USER", "root", "ECOPARK_DB_PASSWORD", "",
                        "ECOPARK_SIGNING_SECRET", java.util.UUID.randomUUID() + "-" + java.util.UUID.randomUUID()),
                LoadServer.READY, out.resolve("app.log"), Duration.ofMinutes(30))) {
            run(app, out, seconds, staff, pairs, managers, publicRate, apiRate);
        }
    }

    private static void run(AppProcess app, Path out, int seconds, int staffCount, int pairs, int managerCount,
            double publicRate, double apiRate) throws Exception {
        String base = app.url("");
        Recorder recorder = new Recorder();
        HttpLoad http = new HttpLoad(recorder, base);
        List<Long> forms = new ArrayList<>();
        Matcher m = Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(http.body("api/public/forms?size=100"));
        while (m.find()) {
            forms.add(Long.valueOf(m.group(1)));
        }
        if (forms.isEmpty()) {
            throw new IllegalStateException("No published form to read");
        }
        List<HttpLoad.Target> publicPages = List.of(
                new HttpLoad.Target("public: /public/forms", n -> "public/forms", "text/html"),
                new HttpLoad.Target("public: /public/forms/{id}", n -> "public/forms/" + forms.get((int) (n % forms.size())),
                        "text/html"));
        List<HttpLoad.Target> api = List.of(
                new HttpLoad.Target("api: /api/public/forms", n -> "api/public/forms", "application/json"),
                new HttpLoad.Target("api: /api/public/forms/{id}",
                        n -> "api/public/forms/" + forms.get((int) (n % forms.size())), "application/json"),
                new HttpLoad.Target("api: …/{id}/indicators",
                        n -> "api/public/forms/" + forms.get((int) (n % forms.size())) + "/indicators",
                        "application/json"));
        for (int i = 0; i < 5; i++) {
            publicPages.forEach(t -> http.once(t.path().apply(0)));
            api.forEach(t -> http.once(t.path().apply(0)));
        }
        warmUp(base);
        Histogram none = app.liveHeap();

        int users = staffCount + 2 * pairs + managerCount;
        BrowserUser.Gate gate = new BrowserUser.Gate(new CountDownLatch(users), new CountDownLatch(1),
                new CountDownLatch(users), new CountDownLatch(1), new long[1]);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < staffCount; i++) {
            threads.add(new Thread(new StaffUser(recorder, base, LoadData.staff(i), gate), "staff-" + i));
        }
        for (int pair = 0; pair < pairs; pair++) {
            for (ReviewStage stage : LoadData.STAGES) {
                threads.add(new Thread(new ReviewerUser(recorder, base, LoadData.reviewer(pair, stage), stage, gate),
                        "reviewer-" + pair + "-" + stage));
            }
        }
        for (int i = 0; i < managerCount; i++) {
            threads.add(new Thread(new ManagerUser(recorder, base, LoadData.manager(i), gate), "manager-" + i));
        }
        threads.forEach(Thread::start);
        gate.signedIn().await(10, TimeUnit.MINUTES);
        Histogram signedIn = app.liveHeap();

        ScheduledExecutorService loadWatch = Executors.newSingleThreadScheduledExecutor();
        List<Double> loadAverages = new ArrayList<>();
        loadWatch.scheduleAtFixedRate(() -> loadAverages.add(loadAverage()), 0, 15, TimeUnit.SECONDS);
        ZonedDateTime started = ZonedDateTime.now(ZoneOffset.UTC);
        long start = System.nanoTime();
        gate.deadline()[0] = start + TimeUnit.SECONDS.toNanos(seconds);
        gate.go().countDown();
        http.start(publicPages, publicRate);
        http.start(api, apiRate);
        while (System.nanoTime() < gate.deadline()[0]) {
            Thread.sleep(1000);
        }
        http.stop();
        gate.finished().await(2, TimeUnit.MINUTES);
        Thread.sleep(5000);
        recorder.stop();
        double elapsed = (System.nanoTime() - start) / 1e9;
        loadWatch.shutdownNow();
        Histogram afterLoad = app.liveHeap();
        gate.release().countDown();
        for (Thread t : threads) {
            t.join(60_000);
        }

        StringBuilder report = new StringBuilder();
        report.append(String.format("Load test %s UTC, %d s: %d staff, %d reviewers, %d managers in Chromium; "
                + "public pages %.0f/s, API %.0f/s%n", started.toLocalDateTime().withNano(0), seconds, staffCount,
                2 * pairs, managerCount, publicRate, apiRate));
        report.append(String.format("Machine: %d cores, load average during the run %s%n",
                Runtime.getRuntime().availableProcessors(), summary(loadAverages)));
        report.append(recorder.table(elapsed));
        report.append(String.format("Server live heap: %,d KB with no session, %,d KB with the %d browser users "
                + "signed in (%,d KB per Vaadin session), %,d KB after the load (anonymous public pages' sessions "
                + "included)%n", none.totalBytes() / 1024, signedIn.totalBytes() / 1024, users,
                (signedIn.totalBytes() - none.totalBytes()) / 1024 / users, afterLoad.totalBytes() / 1024));
        System.out.print(report);
        Files.writeString(out.resolve("result.txt"), report);
        http.close();
        System.out.println("Written to " + out.resolve("result.txt") + "; server log " + out.resolve("app.log"));
    }

    /** One person of each kind signs in, goes through their pages and signs out: classes and caches are warm. */
    private static void warmUp(String base) {
        try (Chromium chromium = new Chromium()) {
            String[][] visits = {{LoadData.staff(LoadData.STAFF - 1), "reports"},
                {LoadData.manager(LoadData.MANAGERS - 1), "rectification/dashboard"},
                {LoadData.reviewer(LoadData.REVIEWER_PAIRS - 1, ReviewStage.PRELIMINARY), "inbox"}};
            for (String[] visit : visits) {
                var page = chromium.newSession();
                Chromium.signIn(page, base, visit[0], LoadData.PASSWORD);
                page.navigate(base + visit[1]);
                page.waitForLoadState();
                page.locator(".logout").first().click();
                page.waitForURL(url -> url.contains("/login"));
                page.context().close();
            }
        }
    }

    private static void freshDatabase(String db) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:3306/", "root", "");
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS `" + db + "`");
            statement.execute("CREATE DATABASE `" + db + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
    }

    private static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (Exception e) {
            return Double.NaN;
        }
    }

    private static String summary(List<Double> values) {
        double min = values.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
        double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
        double avg = values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
        return String.format("%.1f–%.1f (mean %.1f)", min, max, avg);
    }
}
