package ecopark.base.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import ecopark.ReportFixtures;
import ecopark.search.service.FormQuery;
import ecopark.search.service.FormSearch;
import ecopark.base.audit.AuditEntry;
import ecopark.base.audit.AuditTrail;
import ecopark.notification.service.Notifications;
import ecopark.park.domain.Jurisdiction;
import ecopark.park.domain.Park;
import ecopark.park.service.ParkAdminService;
import ecopark.report.domain.ReportStatus;
import ecopark.report.service.ReportService;
import ecopark.report.service.ReportWorkflow;
import ecopark.review.domain.CalendarDay;
import ecopark.review.domain.ReviewStage;
import ecopark.review.process.WorkingDays;
import ecopark.review.service.ReviewService;
import ecopark.review.service.WorkingCalendarService;
import ecopark.security.AppRole;
import ecopark.security.SignedInUser;
import ecopark.security.domain.AppUser;
import ecopark.security.service.NewAccount;
import ecopark.security.service.UserAdminService;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.flowable.engine.ManagementService;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.RuntimeService;
import org.flowable.job.api.Job;
import org.flowable.spring.SpringProcessEngineConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Two application nodes on one MariaDB/MySQL database, as behind the load balancer of docs/operations.md: a report
 * moves between nodes, the review timers fire once whichever node's job executor takes them, an account disabled
 * on one node loses its sessions on both, a calendar change on one node counts on the other, and wrong passwords
 * spread over the nodes slow the account as on one. Both nodes run in this JVM (each its own Spring context, Tomcat,
 * Flowable job executor and in-memory sessions) on a database of
 * this test's own. Report years 3901–3949; 4341 the search across nodes (a form published on one node is found on
 * the other after its catch-up).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@EnabledIfEnvironmentVariable(named = MySqlDatabase.URL_VARIABLE, matches = ".+")
class TwoNodeIT {

    static final String PASSWORD = "Gr33n-Park!";
    static final String STAFF = "tn_staff";
    static final String FIRST = "tn_reviewer1";
    static final String SECOND = "tn_reviewer2";

    ScratchDatabase database;
    AppNode one;
    AppNode two;

    @BeforeAll
    void startTwoNodes() {
        database = ScratchDatabase.fresh("twonode");
        // Search: each node its own index; catching up every 2 s instead of 30 so the test need not wait
        one = AppNode.start("node-1", database.url(), "--ecopark.search.catch-up-interval=2s");
        two = AppNode.start("node-2", database.url(), "--ecopark.search.catch-up-interval=2s");
        Park park = one.system(() -> {
            ParkAdminService parks = one.bean(ParkAdminService.class);
            Jurisdiction bureau = parks.save(new Jurisdiction("通化市生态环境局", "吉林省"));
            Park p = new Park("通化医药高新技术产业开发区", bureau.getId());
            p.setProvince("吉林省");
            p.setCity("通化市");
            p.setStreetAddress("滨江西路 1 号");
            p.setConstructionBaseYear(2016);
            p.setPhone("0435-3222123");
            p.setEmail("th@example.gov.cn");
            return parks.save(p);
        });
        account(STAFF, "钱进", AppRole.STAFF, park.getId(), null);
        account(FIRST, "孙强", AppRole.REVIEWER, null, park.getJurisdictionId());
        account(SECOND, "周敏", AppRole.REVIEWER, null, park.getJurisdictionId());
        one.system(() -> {
            one.bean(ReportFixtures.class).recordStatistics(staff(one), 2016, "0.8");
            return null;
        });
    }

    @AfterAll
    void stopNodes() {
        for (AutoCloseable closeable : new AutoCloseable[] {two, one, database}) {
            try {
                if (closeable != null) {
                    closeable.close();
                }
            } catch (Exception e) {
                // the others are still closed
            }
        }
    }

    @Test
    void a_report_submitted_on_node_one_is_claimed_and_approved_on_node_two() {
        long report = one.system(() -> one.bean(ReportFixtures.class).completeReport(staff(one), 3901));
        one.as(STAFF, () -> one.bean(ReportWorkflow.class).submit(report));

        String preliminary = taskOn(two, FIRST, report, ReviewStage.PRELIMINARY);
        two.as(FIRST, () -> two.bean(ReviewService.class).claim(preliminary));
        two.as(FIRST, () -> two.bean(ReviewService.class).approve(preliminary, "初审通过，同意报送复核。"));
        assertThat(status(one, report)).isEqualTo(ReportStatus.IN_REVIEW);

        String signOff = taskOn(two, SECOND, report, ReviewStage.FINAL);
        two.as(SECOND, () -> two.bean(ReviewService.class).claim(signOff));
        two.as(SECOND, () -> two.bean(ReviewService.class).approve(signOff, null));

        // Node one, which saw the submission, sees the result of node two's review.
        assertThat(status(one, report)).isEqualTo(ReportStatus.PUBLISHED);
        assertThat(one.system(() -> one.bean(AuditTrail.class).of(ReportService.SUBJECT, report)))
                .extracting(AuditEntry::getAction).contains("REPORT_SUBMITTED", "REVIEW_CLAIMED", "REVIEW_APPROVED");
    }

    @Test
    void timers_due_while_both_nodes_run_fire_exactly_once_each() throws Exception {
        int count = 8;
        List<Long> reports = new ArrayList<>();
        Map<Long, String> processes = new java.util.HashMap<>();
        RuntimeService runtime = one.bean(RuntimeService.class);
        for (int i = 0; i < count; i++) {
            int year = 3911 + i;
            // Submitted on both nodes, as users behind the load balancer would.
            AppNode node = i % 2 == 0 ? one : two;
            long report = node.system(() -> node.bean(ReportFixtures.class).completeReport(staff(node), year));
            node.as(STAFF, () -> node.bean(ReportWorkflow.class).submit(report));
            reports.add(report);
            processes.put(report, runtime.createProcessInstanceQuery().processInstanceBusinessKey("report:" + report)
                    .singleResult().getId());
        }
        assertThat(active(one)).isTrue();
        assertThat(active(two)).isTrue();

        // The reminders become due a few seconds from now, as if the working days had passed.
        ManagementService management = one.bean(ManagementService.class);
        String soon = Instant.now().plusSeconds(3).truncatedTo(ChronoUnit.SECONDS).toString();
        for (String process : processes.values()) {
            Job reminder = management.createTimerJobQuery().processInstanceId(process).list().stream()
                    .filter(j -> j.getElementId().equals("preliminaryReviewReminder")).findFirst().orElseThrow();
            management.rescheduleTimeDateJob(reminder.getId(), soon);
        }

        Function<Long, Long> reminders = report -> one.system(() -> one.bean(AuditTrail.class)
                .of(ReportService.SUBJECT, report)).stream().filter(e -> e.getAction().equals("REVIEW_REMINDED"))
                .count();
        waitFor(Duration.ofSeconds(90), () -> reports.stream().allMatch(r -> reminders.apply(r) >= 1));
        // Long enough for both executors to acquire again: nothing is run a second time.
        Thread.sleep(Duration.ofSeconds(25).toMillis());

        assertThat(reports).allSatisfy(r -> assertThat(reminders.apply(r)).as("reminders of report %d", r)
                .isEqualTo(1));
        Map<String, Long> noticesPerYear = two.as(FIRST, () -> two.bean(Notifications.class).recent(200)).stream()
                .filter(n -> n.messageKey().equals("notification.review.dueSoon"))
                .collect(Collectors.groupingBy(n -> String.valueOf(n.args()), Collectors.counting()));
        assertThat(noticesPerYear).hasSize(count).allSatisfy((year, n) -> assertThat(n).isEqualTo(1));
        assertThat(management.createDeadLetterJobQuery().count()).isZero();
        assertThat(management.createJobQuery().count()).isZero();
        for (String process : processes.values()) {
            // Only the overdue timer waits; the task is still open.
            assertThat(management.createTimerJobQuery().processInstanceId(process).list())
                    .extracting(Job::getElementId).containsExactly("preliminaryReviewOverdue");
        }
    }

    @Test
    void disabling_an_account_on_node_one_ends_its_sessions_on_both_nodes() throws Exception {
        AppUser user = account("tn_session", "郑洁", AppRole.REVIEWER, null,
                one.system(() -> one.bean(ParkAdminService.class).getPark(parkId()).getJurisdictionId()));
        WebSession onOne = new WebSession(one.baseUrl());
        WebSession onTwo = new WebSession(two.baseUrl());
        assertThat(onOne.signIn(user.getUsername(), PASSWORD)).isTrue();
        assertThat(onTwo.signIn(user.getUsername(), PASSWORD)).isTrue();
        assertThat(onOne.isSignedIn()).isTrue();
        assertThat(onTwo.isSignedIn()).isTrue();

        one.system(() -> {
            one.bean(UserAdminService.class).setEnabled(user.getId(), false);
            return null;
        });
        Instant disabled = Instant.now();

        assertThat(onOne.isSignedIn()).isFalse();
        waitFor(Duration.ofSeconds(20), () -> !onTwo.isSignedIn());
        Duration delay = Duration.between(disabled, Instant.now());
        System.out.println("Session on the other node ended after " + delay.toMillis() + " ms");
        // The poll interval (5 s) and a request: docs/operations.md promises "within seconds".
        assertThat(delay).isLessThan(Duration.ofSeconds(10));
        assertThat(onTwo.signIn(user.getUsername(), PASSWORD)).isFalse();
    }

    @Test
    void a_calendar_change_on_node_one_counts_on_node_two() throws Exception {
        LocalDate wednesday = LocalDate.of(2096, 10, 1).with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
        WorkingDays daysOnTwo = two.bean(WorkingDays.class);
        assertThat(daysOnTwo.isWorkingDay(wednesday)).isTrue();

        one.system(() -> one.bean(WorkingCalendarService.class).save(new CalendarDay(wednesday,
                CalendarDay.Kind.HOLIDAY, "国庆节")));
        Instant changed = Instant.now();

        waitFor(Duration.ofSeconds(30), () -> !daysOnTwo.isWorkingDay(wednesday));
        Duration delay = Duration.between(changed, Instant.now());
        System.out.println("Calendar change counted on the other node after " + delay.toMillis() + " ms");
        assertThat(delay).isLessThan(Duration.ofSeconds(15));
        assertThat(daysOnTwo.plus(wednesday.minusDays(1), 1)).isEqualTo(wednesday.plusDays(1));
    }

    @Test
    void wrong_passwords_spread_over_both_nodes_slow_the_account_as_on_one() throws Exception {
        account("tn_guessed", "冯刚", AppRole.STAFF, parkId(), null);
        HttpClient http = HttpClient.newHttpClient();
        // Five wrong passwords, alternating between the nodes as a round-robin balancer would send them.
        for (int i = 0; i < 5; i++) {
            AppNode node = i % 2 == 0 ? one : two;
            assertThat(apiAs(http, node, "tn_guessed", "wrong-" + i).statusCode()).as("guess %d", i).isEqualTo(401);
        }
        // The sixth, on either node and even with the right password, waits: the nodes share the count.
        HttpResponse<String> onTwo = apiAs(http, two, "tn_guessed", PASSWORD);
        assertThat(onTwo.statusCode()).isEqualTo(429);
        assertThat(onTwo.headers().firstValue("Retry-After")).isPresent();
        assertThat(apiAs(http, one, "tn_guessed", PASSWORD).statusCode()).isEqualTo(429);
    }

    private static HttpResponse<String> apiAs(HttpClient http, AppNode node,
            String username, String password) throws Exception {
        String basic = Base64.getEncoder().encodeToString((username + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create(node.baseUrl() + "/api/reports"))
                .header("Authorization", "Basic " + basic)
                // As nginx forwards it: the guesser's own address is slowed, not the balancer's (which every other
                // sign-in of this test comes from).
                .header("X-Forwarded-For", "198.51.100.66").build(), HttpResponse.BodyHandlers.ofString());
    }

    private AppUser account(String username, String name, AppRole role, Long parkId, Long jurisdictionId) {
        return one.system(() -> one.bean(UserAdminService.class).create(new NewAccount(username, name, null, role,
                parkId, jurisdictionId, PASSWORD, false)));
    }

    private long parkId() {
        return staff(one).parkId();
    }

    private static SignedInUser staff(AppNode node) {
        return (SignedInUser) node.bean(UserDetailsService.class).loadUserByUsername(STAFF);
    }

    private static boolean active(AppNode node) {
        ProcessEngineConfiguration configuration = node.bean(SpringProcessEngineConfiguration.class);
        return configuration.getAsyncExecutor() != null && configuration.getAsyncExecutor().isActive();
    }

    @Test
    void a_form_published_on_node_two_is_found_on_node_one_after_its_catch_up() throws Exception {
        long report = one.system(() -> one.bean(ReportFixtures.class).completeReport(staff(one), 4341));
        one.as(STAFF, () -> one.bean(ReportWorkflow.class).submit(report));
        for (ReviewStage stage : List.of(ReviewStage.PRELIMINARY, ReviewStage.FINAL)) {
            String reviewer = stage == ReviewStage.PRELIMINARY ? FIRST : SECOND;
            String task = taskOn(two, reviewer, report, stage);
            two.as(reviewer, () -> two.bean(ReviewService.class).claim(task));
            two.as(reviewer, () -> two.bean(ReviewService.class).approve(task, null));
        }
        assertThat(status(two, report)).isEqualTo(ReportStatus.PUBLISHED);
        // Node two indexes it in the background as soon as the publication committed; node one learns of it from the
        // database
        Instant published = Instant.now();
        waitFor(Duration.ofSeconds(5), () -> searchHits(two) == 1);
        waitFor(Duration.ofSeconds(30), () -> searchHits(one) == 1);
        System.out.println("Search: node one found node two's form after "
                + Duration.between(published, Instant.now()).toMillis() + " ms (catch-up every 2 s)");
    }

    private static long searchHits(AppNode node) {
        return node.system(() -> node.bean(FormSearch.class).search(new FormQuery("4341 introduction", 4341, null,
                null, null, null, null, null, null), PageRequest.of(0, 10)).getTotalElements());
    }

    private static String taskOn(AppNode node, String reviewer, long report, ReviewStage stage) {
        return node.as(reviewer, () -> node.bean(ReviewService.class).inbox(stage, false, PageRequest.of(0, 100))
                .stream().filter(t -> t.reportId() == report).findFirst().orElseThrow().taskId());
    }

    private static ReportStatus status(AppNode node, long report) {
        return node.system(() -> node.bean(ReportService.class).get(report).getStatus());
    }

    private static void waitFor(Duration limit, Callable<Boolean> condition) throws Exception {
        Instant end = Instant.now().plus(limit);
        while (!condition.call()) {
            if (Instant.now().isAfter(end)) {
                throw new AssertionError("Not reached within " + limit);
            }
            Thread.sleep(250);
        }
    }
}
