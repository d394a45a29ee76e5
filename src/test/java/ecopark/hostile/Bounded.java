package ecopark.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import ecopark.base.i18n.TranslationProvider;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Runs work on hostile input and measures what a user and an operator would notice: how long it took and how much
 * memory it allocated (the thread's allocated bytes, an upper bound of what it could have held at once). The time
 * bound is on the thread's CPU time, which a busy shared test machine does not stretch as it does wall time (both
 * are logged).
 */
public final class Bounded {

    /** Fast enough that the person uploading waits a moment: CPU seconds of the importing thread. */
    public static final Duration MAX_TIME = Duration.ofSeconds(5);
    /** A small share of a server's heap: a POI workbook of a million rows would need several gigabytes. */
    public static final long MAX_ALLOCATED = 1L << 30;

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Bounded.class);

    private Bounded() {
    }

    /** What the work answered, how long it took and how many bytes its thread allocated. */
    public record Measured<T>(T result, Duration time, Duration cpuTime, long allocatedBytes) {

        public Measured<T> withinBounds(String what) {
            LOG.info("{}: {} ms ({} ms CPU), {} MB allocated", what, time.toMillis(), cpuTime.toMillis(),
                    allocatedBytes >> 20);
            assertThat(cpuTime).as("CPU time taken by %s", what).isLessThan(MAX_TIME);
            assertThat(allocatedBytes).as("bytes allocated by %s", what).isLessThan(MAX_ALLOCATED);
            return this;
        }
    }

    public static <T> Measured<T> run(Supplier<T> work) {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        long allocatedBefore = threads.getThreadAllocatedBytes(thread);
        long cpuBefore = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        T result = work.get();
        Duration time = Duration.ofNanos(System.nanoTime() - start);
        return new Measured<>(result, time, Duration.ofNanos(threads.getCurrentThreadCpuTime() - cpuBefore),
                threads.getThreadAllocatedBytes(thread) - allocatedBefore);
    }

    /** Asserts that the key has a real message in both languages, of a length a person reads. */
    public static void assertTranslated(String key, Object... args) {
        for (var locale : TranslationProvider.LOCALES) {
            String message = TranslationProvider.translate(locale, key, args);
            assertThat(message).as("message %s in %s", key, locale).doesNotStartWith("!").isNotEqualTo(key)
                    .hasSizeLessThan(600);
        }
    }
}
