package ecopark.load;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A class histogram of live objects ({@code jcmd GC.class_histogram}): bytes by class and in all. */
public record Histogram(long totalBytes, Map<String, Long> bytesByClass, Map<String, Long> instancesByClass) {

    static Histogram parse(String jcmdOutput) {
        Map<String, Long> byClass = new HashMap<>();
        Map<String, Long> instances = new HashMap<>();
        long total = -1;
        for (String line : jcmdOutput.split("\n")) {
            String[] parts = line.trim().split("\\s+");
            if (parts.length >= 3 && parts[0].equals("Total")) {
                total = Long.parseLong(parts[2]);
            } else if (parts.length >= 4 && parts[0].endsWith(":")) {
                // "  12:   3456   789012  java.lang.String (java.base@17)"
                byClass.merge(parts[3], Long.parseLong(parts[2]), Long::sum);
                instances.merge(parts[3], Long.parseLong(parts[1]), Long::sum);
            }
        }
        if (total < 0) {
            throw new IllegalStateException("No total in the histogram: " + jcmdOutput);
        }
        return new Histogram(total, byClass, instances);
    }

    /** Live instances of a class, e.g. how many report editors are open. */
    public long instances(String className) {
        return instancesByClass.getOrDefault(className, 0L);
    }

    /** The classes that grew most from {@code before} to this one, bytes each. */
    public List<Map.Entry<String, Long>> grownSince(Histogram before, int limit) {
        Map<String, Long> grown = new HashMap<>();
        bytesByClass.forEach((name, bytes) -> grown.put(name, bytes - before.bytesByClass.getOrDefault(name, 0L)));
        return grown.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(limit)
                .toList();
    }
}
