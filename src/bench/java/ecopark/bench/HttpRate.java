package ecopark.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Requests per second of one GET with N client threads, each waiting for its answer, after a short warm-up; and the
 * server's CPU per request (Tomcat's request threads only, so clients in the same JVM do not count).
 */
final class HttpRate {

    record Result(String label, double perSecond, double cpuMsPerRequest, long errors) {
    }

    private HttpRate() {
    }

    /** @param expected the status an answer must have to count (200, or 304 for a conditional request) */
    static Result run(String label, HttpRequest request, int expected, int seconds, int threads)
            throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        load(client, request, expected, Math.max(2, seconds / 3), threads, new AtomicLong(), new AtomicLong());
        AtomicLong done = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        long cpuBefore = serverCpuNanos();
        long start = System.nanoTime();
        load(client, request, expected, seconds, threads, done, errors);
        long elapsed = System.nanoTime() - start;
        long cpu = serverCpuNanos() - cpuBefore;
        return new Result(label, done.get() / (elapsed / 1e9), done.get() == 0 ? 0 : cpu / 1e6 / done.get(),
                errors.get());
    }

    private static void load(HttpClient client, HttpRequest request, int expected, int seconds, int threads,
            AtomicLong done, AtomicLong errors) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        List<Thread> clients = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            Thread thread = new Thread(() -> {
                while (System.nanoTime() < until) {
                    try {
                        HttpResponse<byte[]> answer = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        (answer.statusCode() == expected ? done : errors).incrementAndGet();
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
                total += Math.max(threads.getThreadCpuTime(info.getThreadId()), 0);
            }
        }
        return total;
    }
}
