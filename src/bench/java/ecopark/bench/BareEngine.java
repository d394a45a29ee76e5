package ecopark.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.flowable.common.engine.impl.history.HistoryLevel;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.impl.cfg.StandaloneProcessEngineConfiguration;

/**
 * Flowable alone, configured as the application configures it (MySQL dialect, history "audit", no job executor,
 * READ COMMITTED), on a database of its own next to the benchmark database ({@code <name>_bare}, created when
 * missing, or {@code ECOPARK_BENCH_BARE_DB_URL}). The review BPMN file runs unchanged: its expressions reach a
 * {@code reviewProcess} bean that does nothing but set the due dates the timers need.
 */
record BareEngine(ProcessEngine engine, HikariDataSource dataSource) implements AutoCloseable {

    private static final Pattern DATABASE = Pattern.compile("^(jdbc:[a-z]+://[^/]+/)([^?]+)(.*)$");

    static BareEngine start(String applicationUrl, UnaryOperator<DataSource> wrapper) {
        String url = BenchContext.env("ECOPARK_BENCH_BARE_DB_URL", "");
        String user = BenchContext.env("ECOPARK_BENCH_DB_USER", "root");
        String password = BenchContext.env("ECOPARK_BENCH_DB_PASSWORD", "");
        if (url.isEmpty()) {
            Matcher m = DATABASE.matcher(applicationUrl);
            if (!m.matches()) {
                throw new IllegalStateException("Cannot derive a database name from " + applicationUrl);
            }
            String name = m.group(2) + "_bare";
            try (Connection c = DriverManager.getConnection(applicationUrl, user, password);
                    Statement s = c.createStatement()) {
                s.execute("create database if not exists `" + name + "` character set utf8mb4 collate utf8mb4_unicode_ci");
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot create the bare engine's database " + name, e);
            }
            url = m.group(1) + name + m.group(3);
        }
        HikariConfig hikari = new HikariConfig();
        hikari.setJdbcUrl(url);
        hikari.setUsername(user);
        hikari.setPassword(password);
        hikari.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        hikari.setPoolName("bare-flowable");
        HikariDataSource dataSource = new HikariDataSource(hikari);

        StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
        configuration.setDataSource(wrapper.apply(dataSource));
        configuration.setDatabaseType("mysql");
        try (Connection c = configuration.getDataSource().getConnection()) {
            // As FlowableDatabaseSettings does: look for Flowable's tables in this database only.
            configuration.setDatabaseCatalog(c.getCatalog());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach " + url, e);
        }
        configuration.setDatabaseSchemaUpdate("true");
        configuration.setAsyncExecutorActivate(false);
        configuration.setHistoryLevel(HistoryLevel.AUDIT);
        configuration.setDisableIdmEngine(true);
        configuration.setDisableEventRegistry(true);
        configuration.setBeans(Map.of("reviewProcess", new NoOpReviewProcess()));
        ProcessEngine engine = configuration.buildProcessEngine();
        engine.getRepositoryService().createDeployment().name("bare-review")
                .addClasspathResource("processes/annual-report-review.bpmn20.xml").enableDuplicateFiltering().deploy();
        return new BareEngine(engine, dataSource);
    }

    @Override
    public void close() {
        engine.close();
        dataSource.close();
    }

    /** What the BPMN's expressions call, without the application: the completeness check passes, nothing is stored. */
    public static class NoOpReviewProcess {

        public boolean checkCompleteness(DelegateExecution execution, Long reportId) {
            return true;
        }

        /** The timers need their dates; two weeks and one day less, as calendar days. */
        public void enterStage(DelegateExecution execution, Long reportId, String stageName) {
            String prefix = "PRELIMINARY".equals(stageName) ? "prelim" : "final";
            Instant due = Instant.now().plus(Duration.ofDays(14));
            execution.setVariable(prefix + "DueDate", Date.from(due));
            execution.setVariable(prefix + "ReminderDate", Date.from(due.minus(Duration.ofDays(1))));
        }

        public void returnForRevision(DelegateExecution execution, Long reportId, String fromStage) {
        }

        public void withdraw(DelegateExecution execution, Long reportId) {
        }

        public void publish(DelegateExecution execution, Long reportId) {
        }

        public void remind(DelegateExecution execution, Long reportId, String stage) {
        }

        public void escalate(DelegateExecution execution, Long reportId, String stage) {
        }
    }
}
