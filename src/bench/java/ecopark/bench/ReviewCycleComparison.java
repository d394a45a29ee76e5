package ecopark.bench;

import java.util.Collection;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link ReviewCycleBenchmark} — the application's review cycle and the bare engine's — in one go and prints
 * both throughputs and their ratio (goal: at most 3). Further JMH options may follow on the command line.
 */
public final class ReviewCycleComparison {

    static final double GOAL = 3.0;

    private ReviewCycleComparison() {
    }

    public static void main(String[] args) throws Exception {
        CommandLineOptions commandLine = new CommandLineOptions(args);
        Collection<RunResult> results = new Runner(new OptionsBuilder().parent(commandLine)
                .include(ReviewCycleBenchmark.class.getName() + ".sideBySide").build()).run();
        double application = score(results, "application");
        double bare = score(results, "bareEngine");
        double ratio = bare / application;
        System.out.printf("%nReview cycles per second on the database: application %.2f, bare Flowable engine %.2f%n",
                application, bare);
        System.out.printf("The application takes %.2f× the bare engine's time per cycle (goal ≤ %.0f×): %s%n", ratio,
                GOAL, ratio <= GOAL ? "met" : "NOT met");
    }

    private static double score(Collection<RunResult> results, String method) {
        return results.stream().map(r -> r.getSecondaryResults().get(method)).filter(java.util.Objects::nonNull)
                .mapToDouble(r -> r.getScore()).findFirst()
                .orElseThrow(() -> new IllegalStateException("No result for " + method));
    }
}
