package ecopark.bench;

import ecopark.Application;
import ecopark.security.SignedInUser;
import ecopark.security.SystemActor;
import ecopark.security.service.ApiTokenService;
import ecopark.security.service.NewApiToken;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The cost of an authenticated API call beside the public API's, on one running application (embedded Tomcat on a
 * free port, in-memory H2, the demo data): requests per second with N client threads, and the server's CPU per
 * request (CPU time of Tomcat's request threads only, so the clients in the same JVM do not count). Compares
 * <ul>
 * <li>the same endpoint ({@code /api/public/forms}) anonymous, with an API token and with HTTP Basic — the price of
 * signing in alone;</li>
 * <li>the signed-in reports list ({@code /api/reports}) with a token and with HTTP Basic beside the public forms
 * list — what an integration pays against an anonymous reader (goal: token at most 2× the public API's time).</li>
 * </ul>
 * Arguments: {@code [seconds per run, default 10] [client threads, default 4]}.
 */
public final class ApiAuthenticationComparison {

    static final double GOAL = 2.0;
    private static final String USER = "cc_staff";
    private static final String PASSWORD = "Ecopark#2026";

    private record Result(String label, double perSecond, double cpuMsPerRequest, long errors) {
    }

    private ApiAuthenticationComparison() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class).run(
                "--server.port=0", "--spring.main.banner-mode=off", "--logging.level.root=warn",
                "--spring.datasource.url=jdbc:h2:mem:apibench;MODE=MySQL;DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE,YEAR",
                "--flowable.async-executor-activate=false");
        try {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            String base = "http://127.0.0.1:" + port;
            String token = "Bearer " + issueToken(app);
            String basic = "Basic " + Base64.getEncoder()
                    .encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
            String forms = base + "/api/public/forms?size=20";
            String reports = base + "/api/reports?size=20";

            List<Result> results = new ArrayList<>();
            results.add(run("public  /api/public/forms (anonymous)", forms, null, seconds, threads));
            results.add(run("token   /api/public/forms", forms, token, seconds, threads));
            results.add(run("basic   /api/public/forms", forms, basic, seconds, threads));
            results.add(run("token   /api/reports", reports, token, seconds, threads));
            results.add(run("basic   /api/reports", reports, basic, seconds, threads));
            results.add(run("public  /api/public/forms (again)", forms, null, seconds, threads));

            double publicRate = (results.get(0).perSecond() + results.get(5).perSecond()) / 2;
            double publicCpu = (results.get(0).cpuMsPerRequest() + results.get(5).cpuMsPerRequest()) / 2;
            System.out.printf("%n%d s per run, %d client threads, %d processors%n", seconds, threads,
                    Runtime.getRuntime().availableProcessors());
            System.out.printf("%-40s %10s %14s %12s %12s %7s%n", "", "req/s", "CPU ms/req", "time ×public",
                    "CPU ×public", "errors");
            for (Result r : results) {
                System.out.printf("%-40s %10.0f %14.3f %12.2f %12.2f %7d%n", r.label(), r.perSecond(),
                        r.cpuMsPerRequest(), publicRate / r.perSecond(), r.cpuMsPerRequest() / publicCpu,
                        r.errors());
            }
            double tokenRatio = publicRate / results.get(3).perSecond();
            System.out.printf("%nToken-authenticated /api/reports takes %.2f× the public API's time per request "
                    + "(goal ≤ %.0f×): %s%n", tokenRatio, GOAL, tokenRatio <= GOAL ? "met" : "NOT met");
        } finally {
            app.close();
        }
    }

    private static String issueToken(ConfigurableApplicationContext app) {
        UserDetailsService accounts = app.getBean(UserDetailsService.class);
        long account = ((SignedInUser) accounts.loadUserByUsername(USER)).id();
        return SystemActor.call(() -> app.getBean(ApiTokenService.class)
                .issue(new NewApiToken("bench", account, null)).text());
    }

    /** A short warm-up, then {@code seconds} of requests from {@code threads} clients, each waiting for its answer. */
    private static Result run(String label, String url, String authorization, int seconds, int threads)
            throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).GET();
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        HttpRequest request = builder.build();
        load(client, request, Math.max(2, seconds / 3), threads, new AtomicLong(), new AtomicLong());

        AtomicLong done = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        long cpuBefore = serverCpuNanos();
        long start = System.nanoTime();
        load(client, request, seconds, threads, done, errors);
        long elapsed = System.nanoTime() - start;
        long cpu = serverCpuNanos() - cpuBefore;
        return new Result(label, done.get() / (elapsed / 1e9), done.get() == 0 ? 0 : cpu / 1e6 / done.get(),
                errors.get());
    }

    private static void load(HttpClient client, HttpRequest request, int seconds, int threads, AtomicLong done,
            AtomicLong errors) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        List<Thread> clients = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            Thread thread = new Thread(() -> {
                while (System.nanoTime() < until) {
                    try {
                        HttpResponse<byte[]> answer = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        (answer.statusCode() == 200 ? done : errors).incrementAndGet();
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                }
            }, "bench-client-" + i);
            thread.start();
            clients.add(thread);
        }
        for (Thread t : clients) {
            t.join();
        }
    }

    /** CPU time of Tomcat's request threads (http-nio-…-exec-…), alive or reused. */
    private static long serverCpuNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long total = 0;
        for (var info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && info.getThreadName().contains("-exec-")) {
                long cpu = threads.getThreadCpuTime(info.getThreadId());
                total += Math.max(cpu, 0);
            }
        }
        return total;
    }
}
