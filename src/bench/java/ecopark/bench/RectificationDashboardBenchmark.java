package ecopark.bench;

import ecopark.rectification.service.Dashboard;
import ecopark.rectification.service.DashboardFilter;
import ecopark.rectification.service.DashboardService;
import ecopark.security.AppRole;
import ecopark.security.SignedInUser;
import ecopark.security.SystemActor;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The managers' rectification dashboard on MariaDB/MySQL with 100,000 tasks across 500 parks of one jurisdiction:
 * {@code DashboardService.dashboard} as that jurisdiction's manager — scope, park names, the grouped counts by park,
 * source and round, the monthly burn-down and the ten longest-overdue tasks — side by side with the bare SQL aggregate
 * of the same tasks (counts by source, one statement through JDBC). Goal: the dashboard under 300 ms and at most three
 * times the bare aggregate. The database named by {@code ECOPARK_BENCH_RECT_DB_URL} (e.g. an empty
 * {@code ecopark_bench_rect}) gets its schema from Flyway and, on the first run, the parks and tasks straight into the
 * tables. Skipped (setup fails) without the variable.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class RectificationDashboardBenchmark {

    static final String URL_VARIABLE = "ECOPARK_BENCH_RECT_DB_URL";
    static final int PARKS = 500;
    static final int TASKS = 100_000;
    static final int ROUNDS = 40;
    static final String PREFIX = "bench-rect-park-";
    static final String BUREAU = "bench-rect-bureau";
    static final String[] SOURCES = {"CENTRAL_INSPECTION", "CENTRAL_FOLLOW_UP", "PROVINCIAL_INSPECTION", "PETITION",
        "FAILED_INDICATOR", "INTERNAL_CHECK", "OTHER"};

    /** The same figures as the dashboard's headline, by source, as a DBA would write them. */
    static final String BARE_AGGREGATE = """
            select t.source, count(*),
                   sum(case when t.status <> 'CLOSED' then 1 else 0 end),
                   sum(case when t.status in ('OPEN', 'IN_PROGRESS', 'RETURNED') and t.deadline < ? then 1 else 0 end),
                   sum(case when t.status in ('OPEN', 'IN_PROGRESS', 'RETURNED') and t.deadline between ? and ?
                            then 1 else 0 end),
                   sum(case when t.closed_on between ? and ? then 1 else 0 end)
            from rectification_task t join park p on p.id = t.park_id
            where p.jurisdiction_id = ?
            group by t.source
            """;

    private ConfigurableApplicationContext context;
    private DashboardService dashboards;
    private JdbcTemplate jdbc;
    private SignedInUser manager;
    private long bureau;
    private LocalDate today;

    @Setup(Level.Trial)
    public void prepare() {
        String url = System.getenv(URL_VARIABLE);
        if (url == null || url.isBlank()) {
            throw new IllegalStateException(URL_VARIABLE + " names no database, e.g. "
                    + "jdbc:mariadb://127.0.0.1:3306/ecopark_bench_rect");
        }
        context = BenchContext.database(url);
        jdbc = context.getBean(JdbcTemplate.class);
        today = LocalDate.now();
        Integer existing = jdbc.queryForObject("select count(*) from jurisdiction where name = ?", Integer.class,
                BUREAU);
        if (existing == null || existing == 0) {
            fill(jdbc, today);
        }
        bureau = jdbc.queryForObject("select id from jurisdiction where name = ?", Long.class, BUREAU);
        jdbc.execute("analyze table rectification_task");
        manager = new SignedInUser(-1L, "bench_manager", "", "基准测试管理员", AppRole.MANAGER, null, bureau, true, true,
                false);
        dashboards = context.getBean(DashboardService.class);
        Dashboard check = dashboard();
        if (check.totals().total() != TASKS) {
            throw new IllegalStateException("Expected " + TASKS + " tasks, the dashboard counts "
                    + check.totals().total());
        }
    }

    @TearDown(Level.Trial)
    public void close() {
        if (context != null) {
            context.close();
        }
    }

    @Benchmark
    public Dashboard dashboard() {
        return SystemActor.callAs(manager, () -> dashboards.dashboard(new DashboardFilter(today.getYear(), null, null,
                null)));
    }

    @Benchmark
    public List<Map<String, Object>> bareSqlAggregate() {
        LocalDate yearStart = LocalDate.of(today.getYear(), 1, 1);
        return jdbc.queryForList(BARE_AGGREGATE, today, today, today.plusDays(30), yearStart,
                LocalDate.of(today.getYear(), 12, 31), bureau);
    }

    /** Rows straight into the tables: 100,000 service calls would take the benchmark's hour and start as many processes. */
    private static void fill(JdbcTemplate jdbc, LocalDate today) {
        jdbc.update("insert into jurisdiction (version, name, province) values (0, ?, '吉林省')", BUREAU);
        long bureau = jdbc.queryForObject("select id from jurisdiction where name = ?", Long.class, BUREAU);
        List<String> parks = new ArrayList<>();
        for (int p = 0; p < PARKS; p++) {
            parks.add("(0, '" + PREFIX + p + "', " + bureau + ", '吉林省', '长春市', '吉林大路', 'NATIONAL', "
                    + "'ECONOMIC_TECHNOLOGICAL_DEVELOPMENT_ZONE', 'IN_CREATION', 2016, 'OTHER')");
        }
        insert(jdbc, "insert into park (version, name, jurisdiction_id, province, city, street_address, level, "
                + "park_type, status, construction_base_year, water_region) values ", parks);
        List<Long> parkIds = jdbc.queryForList("select id from park where jurisdiction_id = ? order by id", Long.class,
                bureau);
        List<String> rounds = new ArrayList<>();
        for (int r = 0; r < ROUNDS; r++) {
            rounds.add("(0, " + bureau + ", null, '" + SOURCES[r % 4] + "', 'bench round " + r + "', '"
                    + today.minusDays(60L * r) + "', current_timestamp, 'bench')");
        }
        insert(jdbc, "insert into rectification_round (version, jurisdiction_id, park_id, source, name, issued_on, "
                + "created_at, created_by) values ", rounds);
        List<Long> roundIds = jdbc.queryForList("select id from rectification_round where jurisdiction_id = ?",
                Long.class, bureau);
        Random random = new Random(500);
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < TASKS; i++) {
            long park = parkIds.get(random.nextInt(parkIds.size()));
            int roundIndex = random.nextInt(roundIds.size() + 10);
            boolean inRound = roundIndex < roundIds.size();
            String source = inRound ? SOURCES[roundIndex % 4] : SOURCES[4 + random.nextInt(3)];
            LocalDate assigned = today.minusDays(random.nextInt(2_500));
            LocalDate deadline = assigned.plusDays(30 + random.nextInt(700));
            double state = random.nextDouble();
            String status;
            LocalDate closed = null;
            if (state < 0.62) {
                status = "CLOSED";
                closed = assigned.plusDays(10 + random.nextInt(600));
                if (closed.isAfter(today)) {
                    closed = today;
                }
            } else if (state < 0.70) {
                status = "AWAITING_VERIFICATION";
            } else if (state < 0.75) {
                status = "RETURNED";
            } else if (state < 0.90) {
                status = "IN_PROGRESS";
            } else {
                status = "OPEN";
            }
            rows.add("(0, " + park + ", '" + source + "', " + (inRound ? roundIds.get(roundIndex) : "null")
                    + ", 'bench task " + i + "', 'bench finding " + i + "', 'bench unit " + (i % 97) + "', 'bench person "
                    + (i % 211) + "', '" + assigned + "', '" + deadline + "', '" + status + "', "
                    + ("CLOSED".equals(status) ? 100 : random.nextInt(100)) + ", "
                    + (closed == null ? "null" : "'" + closed + "'") + ", current_timestamp, 'bench', "
                    + "current_timestamp, 'bench')");
            if (rows.size() == 2_000) {
                insertTasks(jdbc, rows);
            }
        }
        insertTasks(jdbc, rows);
    }

    private static void insertTasks(JdbcTemplate jdbc, List<String> rows) {
        insert(jdbc, "insert into rectification_task (version, park_id, source, round_id, title, description, "
                + "responsible_unit, responsible_person, assigned_on, deadline, status, progress_percent, closed_on, "
                + "created_at, created_by, updated_at, updated_by) values ", rows);
        rows.clear();
    }

    private static void insert(JdbcTemplate jdbc, String head, List<String> rows) {
        for (int from = 0; from < rows.size(); from += 2_000) {
            jdbc.update(head + String.join(",", rows.subList(from, Math.min(rows.size(), from + 2_000))));
        }
    }
}
