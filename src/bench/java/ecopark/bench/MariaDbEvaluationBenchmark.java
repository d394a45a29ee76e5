package ecopark.bench;

import ecopark.evaluation.service.EvaluationResult;
import ecopark.evaluation.service.IndicatorSheetService;
import ecopark.security.SystemActor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * Evaluating reports including loading their data from MariaDB/MySQL: {@code IndicatorSheetService.evaluate(reportId)}
 * as an administrator — access check, park, sheet with its 32 entries, the statistics of the years the formulas read,
 * the (cached) catalogue. The database named by {@code ECOPARK_BENCH_DB_URL} gets its schema from Flyway and, on the
 * first run, 1,000 parks with 10 reports each (10,000 sheets, 320,000 entries, ~290,000 statistics). Goal ≤ 5 ms per
 * report. Skipped (setup fails) without the variable.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class MariaDbEvaluationBenchmark {

    static final int PARKS = 1_000;
    static final String PREFIX = "bench-park-";

    private ConfigurableApplicationContext context;
    private IndicatorSheetService sheets;
    private long[] reportIds;
    private int next;

    @Setup(Level.Trial)
    public void prepare() {
        String url = System.getenv(BenchContext.URL_VARIABLE);
        if (url == null || url.isBlank()) {
            throw new IllegalStateException(BenchContext.URL_VARIABLE + " names no database, e.g. "
                    + "jdbc:mariadb://127.0.0.1:3306/ecopark_bench");
        }
        context = BenchContext.database(url);
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        Integer existing = jdbc.queryForObject("select count(*) from park where name like ?", Integer.class,
                PREFIX + "%");
        if (existing == null || existing == 0) {
            fill(jdbc);
        }
        reportIds = jdbc.queryForList("select s.report_id from eval_indicator_sheet s join park p on p.id = s.park_id"
                + " where p.name like ? order by s.report_id", Long.class, PREFIX + "%")
                .stream().mapToLong(Long::longValue).toArray();
        sheets = context.getBean(IndicatorSheetService.class);
    }

    @TearDown(Level.Trial)
    public void close() {
        if (context != null) {
            context.close();
        }
    }

    @Benchmark
    public EvaluationResult evaluateOneReportFromTheDatabase() {
        long reportId = reportIds[next];
        next = next + 1 == reportIds.length ? 0 : next + 1;
        return SystemActor.call(() -> sheets.evaluate(reportId));
    }

    /** Bulk SQL rather than services: filling 600,000 rows one service call at a time would take the benchmark's hour. */
    private static void fill(JdbcTemplate jdbc) {
        jdbc.update("insert into jurisdiction (version, name, province) values (0, 'bench-bureau', '吉林省')");
        long bureau = jdbc.queryForObject("select id from jurisdiction where name = 'bench-bureau'", Long.class);
        List<String> parks = new ArrayList<>();
        String[] regions = {"WATER_SCARCE_CITY", "BEIJING_TIANJIN_HEBEI", "OTHER"};
        for (int p = 0; p < PARKS; p++) {
            parks.add("(0, '" + PREFIX + p + "', " + bureau + ", '吉林省', '长春市', '吉林大路', 'NATIONAL', "
                    + "'ECONOMIC_TECHNOLOGICAL_DEVELOPMENT_ZONE', 'IN_CREATION', " + BenchData.BASE_YEAR + ", '"
                    + regions[p % 3] + "')");
        }
        insert(jdbc, "insert into park (version, name, jurisdiction_id, province, city, street_address, level, "
                + "park_type, status, construction_base_year, water_region) values ", parks);
        StringBuilder years = new StringBuilder();
        for (int i = 0; i < BenchData.REPORTS_PER_PARK; i++) {
            years.append(i == 0 ? "select " : " union all select ").append(BenchData.FIRST_REPORT + i).append(" as y");
        }
        jdbc.update("insert into annual_report (version, park_id, report_year, status, park_name, created_at, "
                + "created_by, updated_at, updated_by) select 0, p.id, y.y, 'DRAFT', p.name, current_timestamp, "
                + "'bench', current_timestamp, 'bench' from park p cross join (" + years + ") y where p.name like '"
                + PREFIX + "%'");
        jdbc.update("insert into eval_indicator_sheet (version, report_id, park_id, report_year, standard_id, "
                + "updated_at, updated_by) select 0, r.id, r.park_id, r.report_year, "
                + "(select id from eval_standard_version where active = true order by id desc limit 1), "
                + "current_timestamp, 'bench' from annual_report r join park p on p.id = r.park_id where p.name like '"
                + PREFIX + "%'");
        // Every indicator selected, the entered ones filled in as in the demo report.
        jdbc.update("insert into eval_sheet_entry (version, sheet_id, indicator_id, selected, entered_value, "
                + "entered_state) select 0, s.id, i.id, true, case i.code when '5' then 8 when '19' then 0 "
                + "when '29' then 17.6 when '32' then 4 when '20' then 100 when '21' then 100 when '23' then 100 "
                + "when '24' then 100 when '30' then 100 when '31' then 100 else null end, "
                + "case when i.code in ('17', '18', '22') then true else null end "
                + "from eval_indicator_sheet s join park p on p.id = s.park_id "
                + "join eval_indicator i on i.standard_id = s.standard_id where p.name like '" + PREFIX + "%'");
        List<Map<String, Object>> ids = jdbc.queryForList("select id, name from park where name like ?",
                PREFIX + "%");
        List<String> rows = new ArrayList<>();
        for (Map<String, Object> park : ids) {
            long parkId = ((Number) park.get("id")).longValue();
            int seed = Integer.parseInt(((String) park.get("name")).substring(PREFIX.length()));
            BenchData.park(seed).forEach((key, byYear) -> byYear.forEach((year, value) -> rows.add("(0, " + parkId
                    + ", " + year + ", '" + key + "', " + value.toPlainString() + ", current_timestamp, 'bench')")));
            if (rows.size() > 20_000) {
                insertStatistics(jdbc, rows);
            }
        }
        insertStatistics(jdbc, rows);
    }

    private static void insertStatistics(JdbcTemplate jdbc, List<String> rows) {
        insert(jdbc, "insert into eval_yearly_statistic (version, park_id, stat_year, statistic_key, stat_value, "
                + "updated_at, updated_by) values ", rows);
        rows.clear();
    }

    private static void insert(JdbcTemplate jdbc, String head, List<String> rows) {
        for (int from = 0; from < rows.size(); from += 2_000) {
            jdbc.update(head + String.join(",", rows.subList(from, Math.min(rows.size(), from + 2_000))));
        }
    }

}
