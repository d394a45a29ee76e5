package ecopark;

import static ecopark.JdbcForwarding.forward;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The SQL statements a piece of work sends, for tests that a query does not grow with the data: wraps the
 * application's data source and records what the calling thread prepares while {@link #record} runs (the process
 * engine's job executor and other threads are not counted). A test class that uses it imports {@link Config}, which
 * gives it a Spring context of its own.
 */
public final class StatementCounter {

    private final ThreadLocal<List<String>> recording = new ThreadLocal<>();

    /** The statements {@code work} prepared, in order, each as its SQL text. */
    public List<String> record(Runnable work) {
        return record(() -> {
            work.run();
            return null;
        }).statements();
    }

    public <T> Recorded<T> record(Supplier<T> work) {
        List<String> statements = new ArrayList<>();
        recording.set(statements);
        try {
            return new Recorded<>(work.get(), List.copyOf(statements));
        } finally {
            recording.remove();
        }
    }

    public record Recorded<T>(T result, List<String> statements) {
    }

    DataSource wrap(DataSource dataSource) {
        return (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
                forward(dataSource, (method, args, call) -> method.getName().equals("getConnection")
                        ? wrap((Connection) call.get()) : call.get()));
    }

    private Connection wrap(Connection connection) {
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                forward(connection, (method, args, call) -> {
                    List<String> statements = recording.get();
                    if (statements != null && (method.getName().startsWith("prepare")
                            || method.getName().equals("createStatement"))) {
                        statements.add(args != null && args.length > 0 && args[0] instanceof String sql
                                ? sql.replaceAll("\\s+", " ").strip() : method.getName());
                    }
                    return call.get();
                }));
    }

    /** Puts the counter around the application's data source. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {

        private static final StatementCounter COUNTER = new StatementCounter();

        @Bean
        static StatementCounter statementCounter() {
            return COUNTER;
        }

        @Bean
        static BeanPostProcessor statementCountingDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    return bean instanceof DataSource ds ? COUNTER.wrap(ds) : bean;
                }
            };
        }
    }
}
