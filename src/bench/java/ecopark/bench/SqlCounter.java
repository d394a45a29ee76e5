package ecopark.bench;

import static ecopark.JdbcForwarding.forward;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * For profiling the review cycle: counts and times the SQL statements and commits made through a data source, per
 * step of the cycle, and prints where they went.
 */
final class SqlCounter {

    private static final String COMMIT = "COMMIT";

    private final Map<String, Map<String, Tally>> statements = new ConcurrentHashMap<>();
    private volatile String step;
    /** Prints every statement with its step as it is prepared, for following one cycle. */
    volatile boolean trace;

    void step(String name) {
        step = name;
    }

    BeanPostProcessor wrapper() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof DataSource ds ? wrap(ds) : bean;
            }
        };
    }

    DataSource wrap(DataSource dataSource) {
        return (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
                forward(dataSource, (method, args, call) -> {
                    if (!method.getName().equals("getConnection")) {
                        return call.get();
                    }
                    String current = step;
                    long start = System.nanoTime();
                    Connection connection = (Connection) call.get();
                    if (current != null) {
                        tally(current, "(getConnection)").add(System.nanoTime() - start);
                    }
                    return wrap(connection);
                }));
    }

    private Connection wrap(Connection connection) {
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                forward(connection, (method, args, call) -> {
                    String current = step;
                    if (current == null) {
                        return call.get();
                    }
                    if (method.getName().startsWith("prepare")) {
                        String sql = normalise((String) args[0]);
                        if (trace) {
                            System.out.println("[" + current + "] " + sql);
                        }
                        Object statement = call.get();
                        return statement instanceof PreparedStatement ps ? wrap(ps, tally(current, sql)) : statement;
                    }
                    long start = System.nanoTime();
                    Object result = call.get();
                    String name = method.getName().equals("commit") ? COMMIT : "(" + method.getName() + ")";
                    if (!name.equals("(close)") && !name.startsWith("(get") && !name.startsWith("(is")) {
                        tally(current, name).add(System.nanoTime() - start);
                    }
                    return result;
                }));
    }

    private PreparedStatement wrap(PreparedStatement statement, Tally tally) {
        return (PreparedStatement) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {PreparedStatement.class}, forward(statement, (method, args, call) -> {
                    if (!method.getName().startsWith("execute")) {
                        return call.get();
                    }
                    long start = System.nanoTime();
                    Object result = call.get();
                    tally.add(System.nanoTime() - start);
                    return result;
                }));
    }

    private Tally tally(String step, String sql) {
        return statements.computeIfAbsent(step, k -> new ConcurrentHashMap<>()).computeIfAbsent(sql, k -> new Tally());
    }

    private static String normalise(String sql) {
        String s = sql.replaceAll("\\s+", " ").trim();
        return s.length() > 120 ? s.substring(0, 120) + "…" : s;
    }

    void print(int cycles) {
        long count = 0;
        long nanos = 0;
        for (Map.Entry<String, Map<String, Tally>> e : new LinkedHashMap<>(statements).entrySet()) {
            long stepCount = e.getValue().entrySet().stream()
                    .filter(x -> !x.getKey().equals(COMMIT) && !x.getKey().startsWith("("))
                    .mapToLong(x -> x.getValue().count.sum()).sum();
            long stepNanos = e.getValue().values().stream().mapToLong(t -> t.nanos.sum()).sum();
            count += stepCount;
            nanos += stepNanos;
            System.out.printf("%n== %s: %.1f statements, %.1f ms in the database per cycle%n", e.getKey(),
                    stepCount / (double) cycles, stepNanos / 1e6 / cycles);
            e.getValue().entrySet().stream()
                    .sorted(Comparator.comparingLong((Map.Entry<String, Tally> x) -> x.getValue().nanos.sum()).reversed())
                    .limit(15)
                    .forEach(x -> System.out.printf("  %4.1f× %6.2f ms  %s%n", x.getValue().count.sum() / (double) cycles,
                            x.getValue().nanos.sum() / 1e6 / cycles, x.getKey()));
        }
        System.out.printf("%nTotal %.1f statements, %.1f ms in the database per cycle%n", count / (double) cycles,
                nanos / 1e6 / cycles);
    }

    private static final class Tally {
        final LongAdder count = new LongAdder();
        final LongAdder nanos = new LongAdder();

        void add(long elapsed) {
            count.increment();
            nanos.add(elapsed);
        }
    }
}
