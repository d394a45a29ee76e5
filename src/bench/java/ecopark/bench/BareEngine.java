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

    /**
     * What the BPMN's expressions call, without the application: the completeness check passes, nothing is stored
     * outside the engine. The route is planned and walked as the application's {@code ReviewProcess} does it — the same
     * process variables written at the same steps (the route, the stage index, the reviewers' group when it changes,
     * the stage's due dates as transient variables) — over the route of the benchmark's parks: 初审 then 复核 by their
     * own bureau.
     */
    public static class NoOpReviewProcess {

        private static final String ROUTE = "route";
        private static final String STAGE_INDEX = "stageIndex";

        public boolean checkCompleteness(DelegateExecution execution, Long reportId) {
            return true;
        }

        public void planRoute(DelegateExecution execution) {
            long bureau = ((Number) execution.getVariable("jurisdictionId")).longValue();
            execution.setVariable(ROUTE, "PRELIMINARY:" + bureau + ":10;FINAL:" + bureau + ":5");
            execution.setVariable(STAGE_INDEX, 0);
        }

        /** The timers need their dates: the stage's due days and one day less, as calendar days. */
        public void enterRouteStage(DelegateExecution execution, Long reportId) {
            String[] stage = stage(execution);
            String group = "REVIEWER@" + stage[1]; // AppRole.REVIEWER.candidateGroup
            if (!group.equals(execution.getVariable("reviewerGroup"))) {
                execution.setVariable("reviewerGroup", group);
            }
            Instant due = Instant.now().plus(Duration.ofDays(Long.parseLong(stage[2])));
            execution.setTransientVariable("stageDueDate", Date.from(due));
            execution.setTransientVariable("stageReminderDate", Date.from(due.minus(Duration.ofDays(1))));
        }

        public String stageKind(DelegateExecution execution) {
            return stage(execution)[0];
        }

        public boolean hasNextStage(DelegateExecution execution) {
            return index(execution) < stages(execution).length - 1;
        }

        public void nextStage(DelegateExecution execution) {
            execution.setVariable(STAGE_INDEX, index(execution) + 1);
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

        private static String[] stages(DelegateExecution execution) {
            return ((String) execution.getVariable(ROUTE)).split(";");
        }

        private static int index(DelegateExecution execution) {
            return ((Number) execution.getVariable(STAGE_INDEX)).intValue();
        }

        private static String[] stage(DelegateExecution execution) {
            return stages(execution)[index(execution)].split(":");
        }
    }
}
