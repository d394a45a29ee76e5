package ecopark.bench;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Map;

/**
 * The in-memory evaluation's cost as the evaluating thread's CPU time and allocation per report, beside JMH's wall
 * time: on the shared build machine other processes' load multiplies wall time several times over (a thread waiting
 * for a core is not timed here), so this is the figure to compare two versions by when the load is high. Same reports
 * as {@link InMemoryEvaluationBenchmark}; rounds of {@code reports} evaluations each, the first half warm the JIT up.
 *
 * <p>{@code ./mvnw -B -Pbench test-compile exec:exec -Dbench.main=ecopark.bench.EvaluationCpuTime
 * -Djmh.args='rounds=8 reports=40000'}
 */
public final class EvaluationCpuTime {

    private EvaluationCpuTime() {
    }

    public static void main(String[] argv) {
        Map<String, String> args = BenchArgs.parse(argv);
        int rounds = Integer.parseInt(args.getOrDefault("rounds", "8"));
        int reports = Integer.parseInt(args.getOrDefault("reports", "40000"));
        InMemoryEvaluationBenchmark bench = new InMemoryEvaluationBenchmark();
        bench.prepare();
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        double[] cpu = new double[rounds];
        long met = 0;
        for (int round = 0; round < rounds; round++) {
            long cpu0 = threads.getCurrentThreadCpuTime();
            long wall0 = System.nanoTime();
            long bytes0 = threads.getThreadAllocatedBytes(thread);
            for (int i = 0; i < reports; i++) {
                met += bench.evaluateOneReport().summary().met();
            }
            cpu[round] = (threads.getCurrentThreadCpuTime() - cpu0) / 1e3 / reports;
            double wall = (System.nanoTime() - wall0) / 1e3 / reports;
            double bytes = (double) (threads.getThreadAllocatedBytes(thread) - bytes0) / reports;
            System.out.printf("round %d: CPU %.2f µs, wall %.2f µs, %.0f B per report%n", round, cpu[round], wall,
                    bytes);
        }
        double[] measured = Arrays.copyOfRange(cpu, rounds / 2, rounds);
        Arrays.sort(measured);
        // Printing the verdict count keeps the JIT from dropping evaluations whose results nothing reads.
        System.out.printf("median CPU time of the last %d rounds: %.2f µs per report (%d met)%n", measured.length,
                measured[measured.length / 2], met);
    }
}
