package ecopark.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/** Latencies and errors per kind of request, from every load thread; the figures at the end. */
final class Recorder {

    private final Map<String, List<Long>> micros = new ConcurrentHashMap<>();
    private final Map<String, List<String>> errors = new ConcurrentHashMap<>();
    private volatile boolean recording = true;

    void stop() {
        recording = false;
    }

    boolean recording() {
        return recording;
    }

    void ok(String kind, long nanos) {
        if (recording) {
            List<Long> list = micros.computeIfAbsent(kind, k -> new ArrayList<>());
            synchronized (list) {
                list.add(nanos / 1000);
            }
        }
    }

    void error(String kind, String what) {
        if (recording) {
            List<String> list = errors.computeIfAbsent(kind, k -> new ArrayList<>());
            synchronized (list) {
                list.add(what);
            }
        }
    }

    /** One line per kind: count, throughput, errors, p50/p95/p99/max in milliseconds. */
    String table(double seconds) {
        StringBuilder out = new StringBuilder(String.format("%-32s %7s %7s %6s %8s %8s %8s %8s%n", "kind", "count",
                "per s", "errors", "p50 ms", "p95 ms", "p99 ms", "max ms"));
        Map<String, List<Long>> sorted = new TreeMap<>(micros);
        errors.keySet().forEach(k -> sorted.putIfAbsent(k, new ArrayList<>()));
        sorted.forEach((kind, list) -> {
            List<Long> copy;
            synchronized (list) {
                copy = new ArrayList<>(list);
            }
            copy.sort(null);
            int errorCount = errors.getOrDefault(kind, List.of()).size();
            out.append(String.format("%-32s %7d %7.1f %6d %8.0f %8.0f %8.0f %8.0f%n", kind, copy.size(),
                    copy.size() / seconds, errorCount, pct(copy, 50), pct(copy, 95), pct(copy, 99),
                    copy.isEmpty() ? Double.NaN : copy.get(copy.size() - 1) / 1000.0));
        });
        errors.forEach((kind, list) -> {
            synchronized (list) {
                list.stream().distinct().limit(3).forEach(e -> out.append("  error ").append(kind).append(": ")
                        .append(e).append('\n'));
            }
        });
        return out.toString();
    }

    private static double pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1000.0;
    }
}
