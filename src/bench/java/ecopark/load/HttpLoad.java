package ecopark.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;

/**
 * Anonymous readers and API clients as an open load: a request every 1/rate seconds whatever the server's speed,
 * its time counted from when it was due (a slow answer does not hold back the next request, so queueing shows in the
 * percentiles). Only the loopback address of the application under test is ever asked.
 */
final class HttpLoad {

    /** A kind of request: its name and the path of the n-th request (e.g. one of the published forms in turn). */
    record Target(String kind, LongFunction<String> path, String accept) {
    }

    private final ExecutorService responses = Executors.newFixedThreadPool(8);
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).executor(responses).build();
    private final Recorder recorder;
    private final String base;
    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2);

    HttpLoad(Recorder recorder, String base) {
        this.recorder = recorder;
        this.base = base;
    }

    /** Starts {@code perSecond} requests a second spread over the targets, until {@link #stop()}. */
    void start(List<Target> targets, double perSecond) {
        AtomicLong n = new AtomicLong();
        long periodMicros = (long) (1_000_000 / perSecond);
        long origin = System.nanoTime();
        scheduler.scheduleAtFixedRate(() -> {
            long i = n.getAndIncrement();
            Target target = targets.get((int) (i % targets.size()));
            long due = origin + i * periodMicros * 1000;
            send(target, target.path().apply(i / targets.size()), due);
        }, 0, periodMicros, TimeUnit.MICROSECONDS);
    }

    /** Sends one request now and waits for it, e.g. to warm up; true when the answer was 200. */
    boolean once(String path) {
        try {
            return client.send(request(path, "*/*"), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (Exception e) {
            return false;
        }
    }

    String body(String path) throws Exception {
        return client.send(request(path, "application/json"), HttpResponse.BodyHandlers.ofString()).body();
    }

    private HttpRequest request(String path, String accept) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Accept", accept).header("Accept-Language", "zh-CN").GET().build();
    }

    private void send(Target target, String path, long due) {
        client.sendAsync(request(path, target.accept()), HttpResponse.BodyHandlers.ofByteArray())
                .whenComplete((response, failure) -> {
                    long elapsed = System.nanoTime() - due;
                    if (failure != null) {
                        recorder.error(target.kind(), path + ": " + failure);
                    } else if (response.statusCode() != 200) {
                        recorder.error(target.kind(), path + ": HTTP " + response.statusCode());
                    } else {
                        recorder.ok(target.kind(), elapsed);
                    }
                });
    }

    void stop() {
        scheduler.shutdownNow();
    }

    /** After the last answer: the client's threads end, or the harness's JVM would never exit. */
    void close() {
        responses.shutdownNow();
    }
}
