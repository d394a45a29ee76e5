package ecopark.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import ecopark.Application;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A published form's PDF beside its JSON, on one running application (embedded Tomcat on a free port, in-memory H2,
 * the demo data's published form): requests per second with N client threads, each waiting for its answer, for
 * {@code GET /api/public/forms/{id}} (JSON), {@code …/pdf} (the kept document: the first request makes and stores it),
 * {@code …/pdf} with {@code If-None-Match} (304) and the JSON again. Goal (issue 15): the PDF served at no less than
 * half the JSON form's rate. Prints the system load average beside each run, since the machine may be shared.
 * Arguments: {@code [seconds per run, default 10] [client threads, default 4]}.
 */
public final class PublishedPdfComparison {

    static final double GOAL = 2.0;

    private record Result(String label, double perSecond, long bytes, long errors, double load) {
    }

    private PublishedPdfComparison() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class).run(
                "--server.port=0", "--spring.main.banner-mode=off", "--logging.level.root=warn",
                "--spring.datasource.url=jdbc:h2:mem:pdfbench;MODE=MySQL;DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE,YEAR",
                "--flowable.async-executor-activate=false");
        try {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            String base = "http://127.0.0.1:" + port;
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5)).build();
            long id = new ObjectMapper().readTree(client.send(HttpRequest.newBuilder(URI.create(base
                    + "/api/public/forms?size=1")).build(), HttpResponse.BodyHandlers.ofString()).body())
                    .at("/items/0/id").asLong();
            String json = base + "/api/public/forms/" + id;
            String pdf = json + "/pdf";
            long first = System.nanoTime();
            HttpResponse<byte[]> made = client.send(HttpRequest.newBuilder(URI.create(pdf)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            System.out.printf("%nFirst PDF request (renders and stores it): %d ms, %d bytes, ETag %s%n",
                    (System.nanoTime() - first) / 1_000_000, made.body().length,
                    made.headers().firstValue("ETag").orElse("none"));
            // Without an ETag (the code before documents were kept) there is no 304 to measure.
            String etag = made.headers().firstValue("ETag").orElse(null);

            List<Result> results = new ArrayList<>();
            results.add(run("JSON  /api/public/forms/{id}", client, HttpRequest.newBuilder(URI.create(json)).build(),
                    200, seconds, threads));
            results.add(run("PDF   /api/public/forms/{id}/pdf", client,
                    HttpRequest.newBuilder(URI.create(pdf)).build(), 200, seconds, threads));
            if (etag != null) {
                results.add(run("PDF   If-None-Match (304)", client, HttpRequest.newBuilder(URI.create(pdf))
                        .header("If-None-Match", etag).build(), 304, seconds, threads));
            }
            results.add(run("JSON  (again)", client, HttpRequest.newBuilder(URI.create(json)).build(), 200, seconds,
                    threads));

            double jsonRate = (results.get(0).perSecond() + results.get(results.size() - 1).perSecond()) / 2;
            System.out.printf("%n%d s per run, %d client threads, %d processors%n", seconds, threads,
                    Runtime.getRuntime().availableProcessors());
            System.out.printf("%-36s %10s %12s %10s %7s %8s%n", "", "req/s", "KB/answer", "×JSON time", "errors",
                    "load");
            for (Result r : results) {
                System.out.printf("%-36s %10.1f %12.1f %10.2f %7d %8.1f%n", r.label(), r.perSecond(),
                        r.bytes() / 1024.0, jsonRate / r.perSecond(), r.errors(), r.load());
            }
            double ratio = jsonRate / results.get(1).perSecond();
            System.out.printf("%nThe PDF takes %.2f× the JSON form's time per request (goal ≤ %.0f×): %s%n", ratio,
                    GOAL, ratio <= GOAL ? "met" : "NOT met");
        } finally {
            app.close();
        }
    }

    /** A short warm-up, then {@code seconds} of requests from {@code threads} clients. */
    private static Result run(String label, HttpClient client, HttpRequest request, int status, int seconds,
            int threads) throws InterruptedException {
        load(client, request, status, Math.max(2, seconds / 3), threads, new AtomicLong(), new AtomicLong(),
                new AtomicLong());
        AtomicLong done = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        AtomicLong bytes = new AtomicLong();
        long start = System.nanoTime();
        load(client, request, status, seconds, threads, done, errors, bytes);
        long elapsed = System.nanoTime() - start;
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return new Result(label, done.get() / (elapsed / 1e9), done.get() == 0 ? 0 : bytes.get() / done.get(),
                errors.get(), load);
    }

    private static void load(HttpClient client, HttpRequest request, int status, int seconds, int threads,
            AtomicLong done, AtomicLong errors, AtomicLong bytes) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        List<Thread> clients = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            Thread thread = new Thread(() -> {
                while (System.nanoTime() < until) {
                    try {
                        HttpResponse<byte[]> answer = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        if (answer.statusCode() == status) {
                            done.incrementAndGet();
                            bytes.addAndGet(answer.body().length);
                        } else {
                            errors.incrementAndGet();
                        }
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
}
