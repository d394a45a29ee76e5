package ecopark.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;

/**
 * Where a review cycle spends its time and statements, the application's beside the bare engine's: runs cycles of
 * each in turn (so that both meet the same load) on the benchmark database, counting and timing statements, commits
 * and connection calls per step. Arguments: the number of cycles (default 20), {@code trace} to print the statements
 * of the last application cycle. {@code mvn -Pbench test-compile exec:exec -Dbench.main=ecopark.bench.ReviewCycleProfile
 * -Djmh.args=30}
 */
public final class ReviewCycleProfile {

    private ReviewCycleProfile() {
    }

    public static void main(String[] args) {
        List<String> options = Arrays.asList(args);
        int cycles = options.stream().filter(a -> a.matches("\\d+")).mapToInt(Integer::parseInt).findFirst().orElse(20);

        SqlCounter appCounter = new SqlCounter();
        ReviewCycleBenchmark.Application app = new ReviewCycleBenchmark.Application();
        app.initializers = new ApplicationContextInitializer[] {
            context -> context.getBeanFactory().addBeanPostProcessor(appCounter.wrapper())
        };
        app.start();
        SqlCounter bareCounter = new SqlCounter();
        ReviewCycleBenchmark.Bare bare = new ReviewCycleBenchmark.Bare();
        bare.dataSourceWrapper = bareCounter::wrap;
        bare.start();

        app.prepare(cycles + 5);
        for (int i = 0; i < 5; i++) {
            app.cycle(ReviewCycleBenchmark.Application.QUIET);
            bare.cycle(ReviewCycleBenchmark.Application.QUIET);
        }
        StepTimer appTimer = new StepTimer(appCounter);
        StepTimer bareTimer = new StepTimer(bareCounter);
        for (int i = 0; i < cycles; i++) {
            appCounter.trace = options.contains("trace") && i == cycles - 1;
            app.cycle(appTimer::step);
            bare.cycle(bareTimer::step);
        }
        appCounter.trace = false;
        app.stop();
        bare.stop();

        System.out.println("\n######## Application");
        appCounter.print(cycles);
        double appTotal = appTimer.print(cycles);
        System.out.println("\n######## Bare engine");
        bareCounter.print(cycles);
        double bareTotal = bareTimer.print(cycles);
        System.out.printf("%nApplication / bare engine: %.2f×%n", appTotal / bareTotal);
    }

    /** Wall-clock time per step, summed over the cycles. */
    static final class StepTimer {

        private final SqlCounter counter;
        private final Map<String, Long> nanos = new LinkedHashMap<>();
        private String current;
        private long since;

        StepTimer(SqlCounter counter) {
            this.counter = counter;
        }

        void step(String name) {
            long now = System.nanoTime();
            if (current != null) {
                nanos.merge(current, now - since, Long::sum);
            }
            current = name;
            since = now;
            counter.step(name);
        }

        /** Prints the steps; returns the milliseconds of a whole cycle. */
        double print(int cycles) {
            long total = nanos.values().stream().mapToLong(Long::longValue).sum();
            nanos.forEach((step, n) -> System.out.printf("  %-28s %7.1f ms%n", step, n / 1e6 / cycles));
            System.out.printf("  %-28s %7.1f ms per cycle%n", "total", total / 1e6 / cycles);
            return total / 1e6 / cycles;
        }
    }
}
