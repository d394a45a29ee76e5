package ecopark.bench;

import ecopark.ReportFixtures;
import ecopark.park.domain.Jurisdiction;
import ecopark.park.domain.Park;
import ecopark.park.service.ParkAdminService;
import ecopark.report.service.ReportWorkflow;
import ecopark.review.domain.ReviewStage;
import ecopark.review.process.ReviewProcess;
import ecopark.review.service.ReviewService;
import ecopark.review.service.ReviewTaskItem;
import ecopark.security.AppRole;
import ecopark.security.SignedInUser;
import ecopark.security.SystemActor;
import ecopark.security.service.NewAccount;
import ecopark.security.service.UserAdminService;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Group;
import org.openjdk.jmh.annotations.GroupThreads;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Complete review cycles per second on MariaDB/MySQL — submit → claim → approve (初审) → claim → approve (复核) →
 * published — once through the application's services (as the staff member and two reviewers: access checks, the
 * revision snapshot, report status, decisions, audit lines, notifications), once on a bare Flowable engine running the
 * same BPMN file against a database of its own, with the service tasks as no-ops and the same task queries, claims
 * and completions. Both run at the same time, one thread each ({@code sideBySide} group), so that both meet the same
 * machine and database server: on a shared machine whose load changes by the minute, measuring one after the other
 * would compare the load as much as the code. {@link ReviewCycleComparison} runs them and prints the ratio; goal: the
 * application within 3× of the bare engine. Each application cycle reviews a freshly completed report, made before
 * the iteration.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 5, time = 10)
public class ReviewCycleBenchmark {

    static final String PREFIX = "bench-review-";
    static final PageRequest INBOX_PAGE = PageRequest.of(0, 20);

    /** The application on the benchmark database, with a park, its staff member and two reviewers of its bureau. */
    @State(Scope.Thread)
    public static class Application {

        ConfigurableApplicationContext context;
        ReportWorkflow workflow;
        ReviewService review;
        ReportFixtures fixtures;
        JdbcTemplate jdbc;
        SignedInUser staff;
        SignedInUser first;
        SignedInUser second;
        long parkId;
        int nextYear;
        long reportId;
        final Deque<Long> prepared = new ArrayDeque<>();
        int batch = 40;

        static final Consumer<String> QUIET = step -> { };

        /** For a profile: e.g. a data source that counts statements. */
        ApplicationContextInitializer<?>[] initializers = new ApplicationContextInitializer[0];

        @Setup(Level.Trial)
        public void start() {
            context = BenchContext.database(BenchContext.requiredUrl(), initializers);
            workflow = context.getBean(ReportWorkflow.class);
            review = context.getBean(ReviewService.class);
            fixtures = context.getBean(ReportFixtures.class);
            jdbc = context.getBean(JdbcTemplate.class);
            parkId = parkAndAccounts();
            UserDetailsService accounts = context.getBean(UserDetailsService.class);
            staff = (SignedInUser) accounts.loadUserByUsername(PREFIX + "staff");
            first = (SignedInUser) accounts.loadUserByUsername(PREFIX + "r1");
            second = (SignedInUser) accounts.loadUserByUsername(PREFIX + "r2");
            Integer lastYear = jdbc.queryForObject("select max(report_year) from annual_report where park_id = ?",
                    Integer.class, parkId);
            nextYear = lastYear == null ? 3000 : lastYear + 1;
            // The construction base year, which the elasticities of section 三 compare against.
            fixtures.recordStatistics(staff, 2016, "0.8");
        }

        /** The bench park and its people, created through the services on the first run and found afterwards. */
        private long parkAndAccounts() {
            List<Long> existing = jdbc.queryForList("select id from park where name = ?", Long.class, PREFIX + "park");
            if (!existing.isEmpty()) {
                return existing.get(0);
            }
            ParkAdminService parks = context.getBean(ParkAdminService.class);
            UserAdminService users = context.getBean(UserAdminService.class);
            return SystemActor.call(() -> {
                Jurisdiction bureau = parks.save(new Jurisdiction(PREFIX + "bureau", "吉林省"));
                Park park = new Park(PREFIX + "park", bureau.getId());
                park.setProvince("吉林省");
                park.setCity("长春市");
                park.setStreetAddress("卫星路 1 号");
                park.setConstructionBaseYear(2016);
                long id = parks.save(park).getId();
                String password = "Bench-2026!";
                users.create(new NewAccount(PREFIX + "staff", "王丽", null, AppRole.STAFF, id, null, password, false));
                users.create(new NewAccount(PREFIX + "r1", "李明", null, AppRole.REVIEWER, null, bureau.getId(),
                        password, false));
                users.create(new NewAccount(PREFIX + "r2", "赵静", null, AppRole.REVIEWER, null, bureau.getId(),
                        password, false));
                users.create(new NewAccount(PREFIX + "manager", "陈刚", null, AppRole.MANAGER, null, bureau.getId(),
                        password, false));
                return id;
            });
        }

        /**
         * Complete reports of new years, ready to submit, before each iteration: made while nothing is measured, so
         * they neither count for the application nor slow the bare engine beside it. Twice as many as the last
         * iteration used.
         */
        @Setup(Level.Iteration)
        public void prepareReports() {
            prepare(batch);
        }

        @TearDown(Level.Iteration)
        public void sizeNextBatch() {
            batch = Math.max(batch, 2 * (batch - prepared.size()));
        }

        void prepare(int count) {
            while (prepared.size() < count) {
                prepared.add(fixtures.completeReport(staff, nextYear++));
            }
        }

        @TearDown(Level.Trial)
        public void stop() {
            Integer unfinished = jdbc.queryForObject("select count(*) from annual_report where park_id = ? and "
                    + "status not in ('DRAFT', 'PUBLISHED')", Integer.class, parkId);
            context.close();
            if (unfinished != null && unfinished > 0) {
                throw new IllegalStateException(unfinished + " bench reports did not reach publication");
            }
        }

        /** One review cycle of the prepared report; {@code step} hears the name of each step as it begins. */
        long cycle(Consumer<String> step) {
            if (prepared.isEmpty()) {
                prepare(1);
            }
            long id = prepared.poll();
            reportId = id;
            step.accept("submit");
            SystemActor.callAs(staff, () -> workflow.submit(id));
            step.accept("inbox (初审)");
            String preliminary = task(first, ReviewStage.PRELIMINARY);
            step.accept("claim (初审)");
            SystemActor.callAs(first, () -> {
                review.claim(preliminary);
                return null;
            });
            step.accept("approve (初审)");
            SystemActor.callAs(first, () -> {
                review.approve(preliminary, null);
                return null;
            });
            step.accept("inbox (复核)");
            String signOff = task(second, ReviewStage.FINAL);
            step.accept("claim (复核)");
            SystemActor.callAs(second, () -> {
                review.claim(signOff);
                return null;
            });
            step.accept("approve (复核) and publish");
            SystemActor.callAs(second, () -> {
                review.approve(signOff, null);
                return null;
            });
            step.accept(null);
            return id;
        }

        String task(SignedInUser reviewer, ReviewStage stage) {
            return SystemActor.callAs(reviewer, () -> review.inbox(stage, false, INBOX_PAGE)).stream()
                    .filter(t -> t.reportId() == reportId).map(ReviewTaskItem::taskId).findFirst().orElseThrow();
        }
    }

    /** A bare Flowable engine on its own database with the review BPMN deployed and no application behind it. */
    @State(Scope.Thread)
    public static class Bare {

        static final String GROUP = AppRole.REVIEWER.candidateGroup(1);

        BareEngine bare;
        RuntimeService runtime;
        TaskService tasks;
        final AtomicLong nextId = new AtomicLong(System.currentTimeMillis());

        UnaryOperator<DataSource> dataSourceWrapper = UnaryOperator.identity();

        @Setup(Level.Trial)
        public void start() {
            bare = BareEngine.start(BenchContext.requiredUrl(), dataSourceWrapper);
            ProcessEngine engine = bare.engine();
            runtime = engine.getRuntimeService();
            tasks = engine.getTaskService();
        }

        @TearDown(Level.Trial)
        public void stop() {
            bare.close();
        }

        String cycle(Consumer<String> step) {
            long reportId = nextId.incrementAndGet();
            Map<String, Object> variables = new HashMap<>();
            variables.put("reportId", reportId);
            variables.put("parkId", 1L);
            variables.put("jurisdictionId", 1L);
            variables.put("revisionNumber", 1);
            variables.put("reviewerGroup", GROUP);
            variables.put("managerGroup", AppRole.MANAGER.candidateGroup(1));
            variables.put("staffGroup", AppRole.STAFF.candidateGroup(1));
            step.accept("start process");
            String process = runtime.startProcessInstanceByKey(ReviewProcess.PROCESS_KEY, "report:" + reportId,
                    variables).getId();
            step.accept("inbox (初审)");
            Task preliminary = task(process, ReviewStage.PRELIMINARY);
            step.accept("claim (初审)");
            tasks.claim(preliminary.getId(), "r1");
            step.accept("complete (初审)");
            tasks.complete(preliminary.getId(), Map.of("decision", "APPROVE"));
            step.accept("inbox (复核)");
            Task signOff = task(process, ReviewStage.FINAL);
            step.accept("claim (复核)");
            tasks.claim(signOff.getId(), "r2");
            step.accept("complete (复核)");
            tasks.complete(signOff.getId(), Map.of("decision", "APPROVE"));
            step.accept(null);
            return process;
        }

        Task task(String processInstanceId, ReviewStage stage) {
            // The reviewer's inbox query, as ReviewService asks it.
            return tasks.createTaskQuery().processDefinitionKey(ReviewProcess.PROCESS_KEY).taskCandidateGroup(GROUP)
                    .ignoreAssigneeValue().taskDefinitionKey(stage.taskKey()).includeProcessVariables()
                    .orderByTaskDueDate().asc().orderByTaskCreateTime().asc().orderByTaskId().asc()
                    .listPage(0, INBOX_PAGE.getPageSize()).stream()
                    .filter(t -> t.getProcessInstanceId().equals(processInstanceId)).findFirst().orElseThrow();
        }
    }

    @Benchmark
    @Group("sideBySide")
    @GroupThreads(1)
    public long application(Application app) {
        return app.cycle(Application.QUIET);
    }

    @Benchmark
    @Group("sideBySide")
    @GroupThreads(1)
    public String bareEngine(Bare bare) {
        return bare.cycle(Application.QUIET);
    }
}
