package ecopark.base.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import ecopark.ActingUsers;
import ecopark.ReportFixtures;
import ecopark.base.error.UnexpectedErrors;
import ecopark.faults.TcpProxy;
import ecopark.park.domain.Jurisdiction;
import ecopark.park.domain.Park;
import ecopark.park.service.ParkAdminService;
import ecopark.report.domain.AnnualReport;
import ecopark.report.domain.NarrativeSection;
import ecopark.report.domain.ReportStatus;
import ecopark.report.service.ReportDraft;
import ecopark.report.service.ReportService;
import ecopark.report.service.ReportWorkflow;
import ecopark.security.AppRole;
import ecopark.security.SignedInUser;
import ecopark.security.SystemActor;
import ecopark.security.service.NewAccount;
import ecopark.security.service.UserAdminService;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The line to MySQL/MariaDB cut for 6 s while park staff save and submit, through a TCP proxy between the
 * application and the database (the database itself keeps running): the pool gives up after 2 s, so writes during
 * the cut fail to their callers; the application reconnects by itself afterwards; every acknowledged write is in the
 * database and no failed one is, not even in part; {@code /actuator/health} says DOWN within ~2 s during the cut and
 * UP after it.
 */
@org.junit.jupiter.api.extension.ExtendWith(ecopark.ThisContextsSecurityStrategy.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.hikari.connection-timeout=2000",
                "spring.datasource.hikari.validation-timeout=1000", "ecopark.health.database-timeout=2s",
                // a busy machine may take longer than the pool's 2 s for one handshake; the start should not fail
                "spring.datasource.hikari.data-source-properties.connectTimeout=10000",
                "spring.flyway.connect-retries=5"})
@ActiveProfiles("mysql")
@EnabledIfEnvironmentVariable(named = MySqlDatabase.URL_VARIABLE, matches = ".+")
class DatabaseCutIT {

    private static final Duration CUT = Duration.ofSeconds(6);
    private static final String PASSWORD = "Gr33n-Park!";
    private static TcpProxy proxy;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws IOException {
        Matcher url = Pattern.compile("^(jdbc:(?:mysql|mariadb)://)([^:/]+)(?::(\\d+))?(/.*)$")
                .matcher(MySqlDatabase.url());
        if (!url.matches()) {
            throw new IllegalStateException("Unexpected database URL " + MySqlDatabase.url());
        }
        proxy = new TcpProxy(url.group(2), url.group(3) == null ? 3306 : Integer.parseInt(url.group(3)));
        MySqlDatabase.register(registry, url.group(1) + "127.0.0.1:" + proxy.port() + url.group(4));
    }

    @AfterAll
    static void stopProxy() {
        proxy.close();
    }

    @LocalServerPort int port;
    @Autowired ParkAdminService parkAdmin;
    @Autowired UserAdminService userAdmin;
    @Autowired UserDetailsService accounts;
    @Autowired ReportFixtures fixtures;
    @Autowired ReportService reports;
    @Autowired ReportWorkflow workflow;
    @Autowired ActingUsers acting;

    /** One write through the services, and what its caller was told. */
    record Write(int number, long reportId, boolean submit, String text, long startedMillis, boolean acknowledged,
            String failure) {
    }

    record HealthAnswer(long atMillis, long tookMillis, int status, String body) {
    }

    @Test
    void a_cut_database_fails_writes_to_their_callers_then_reconnects_and_keeps_every_acknowledged_write()
            throws Exception {
        long n = System.nanoTime() % 1_000_000;
        SignedInUser staff = staffOfNewPark(n);
        int reportsNeeded = 28;
        List<Long> drafts = new ArrayList<>();
        for (int i = 0; i < reportsNeeded; i++) {
            drafts.add(fixtures.completeReport(staff, 2031 + i));
        }

        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        List<HealthAnswer> health = new CopyOnWriteArrayList<>();
        AtomicBoolean watching = new AtomicBoolean(true);
        ask(http, System.currentTimeMillis()); // the server's first request sets up more than health: not counted
        long t0 = System.currentTimeMillis();
        Thread watcher = new Thread(() -> {
            while (watching.get()) {
                health.add(ask(http, t0));
                sleep(300);
            }
        }, "health-watcher");
        watcher.start();

        // Writes every 400 ms: 3 s, the 6 s cut, and 5 s after it.
        List<Write> writes = new ArrayList<>();
        long cutAt = -1;
        long resumedAt = -1;
        int number = 0;
        // A write may wait for the pool during the cut (2 s per transaction), so the times are checked each round.
        while ((resumedAt < 0 || System.currentTimeMillis() - t0 < resumedAt + 5_000) && number < reportsNeeded) {
            long now = System.currentTimeMillis() - t0;
            if (cutAt < 0 && now >= 3_000) {
                proxy.cut();
                cutAt = now;
            }
            if (cutAt >= 0 && resumedAt < 0 && now >= cutAt + CUT.toMillis()) {
                proxy.resume();
                resumedAt = System.currentTimeMillis() - t0;
            }
            writes.add(write(staff, number, drafts.get(number), t0));
            number++;
            sleep(400);
        }
        watching.set(false);
        watcher.join();

        // Every acknowledged write is there; every failed one was told to its caller and left nothing behind.
        for (Write w : writes) {
            AnnualReport stored = SystemActor.call(() -> reports.get(w.reportId()));
            String text = ReportDraft.of(stored).narratives().get(NarrativeSection.INTRODUCTION);
            if (w.acknowledged()) {
                assertThat(w.submit() ? stored.getStatus() == ReportStatus.SUBMITTED : w.text().equals(text))
                        .as("acknowledged write %s present", w).isTrue();
            } else {
                assertThat(w.failure()).as("failed write %s told as a database outage", w)
                        .endsWith("→databaseUnavailable");
                assertThat(stored.getStatus()).as("failed write %s left no submission", w)
                        .isEqualTo(ReportStatus.DRAFT);
                assertThat(text).as("failed write %s left no text", w).isNotEqualTo(w.text());
            }
        }
        long acked = writes.stream().filter(Write::acknowledged).count();
        long failed = writes.size() - acked;
        long finalCutAt = cutAt;
        long finalResumedAt = resumedAt;
        System.out.printf("FIGURES database cut: writes %d, acknowledged %d (all present), failed %d (all reported,"
                + " none present): %s%n", writes.size(), acked, failed, writes.stream()
                        .map(w -> w.startedMillis() + "ms:" + (w.acknowledged() ? "ack" : w.failure())).toList());
        List<Write> during = writes.stream().filter(w -> w.startedMillis() >= finalCutAt + 200
                && w.startedMillis() < finalResumedAt - 2_500).toList();
        assertThat(during).isNotEmpty().noneMatch(Write::acknowledged);
        assertThat(writes.stream().filter(w -> w.startedMillis() >= finalResumedAt + 3_000)).isNotEmpty()
                .allMatch(Write::acknowledged);

        // Health: answers quickly all along, DOWN during the cut, UP before and after.
        List<HealthAnswer> inCut = health.stream().filter(h -> h.atMillis() >= finalCutAt + 500
                && h.atMillis() + h.tookMillis() <= finalResumedAt).toList();
        assertThat(inCut).isNotEmpty().allSatisfy(h -> {
            assertThat(h.status()).isEqualTo(503);
            assertThat(h.body()).contains("DOWN");
        });
        assertThat(health).allSatisfy(h -> assertThat(h.tookMillis()).isLessThan(3_000));
        assertThat(health.stream().filter(h -> h.atMillis() < finalCutAt)).isNotEmpty()
                .allMatch(h -> h.status() == 200);
        assertThat(health.get(health.size() - 1).status()).isEqualTo(200);
        HealthAnswer firstUpAgain = health.stream().filter(h -> h.atMillis() > finalResumedAt && h.status() == 200)
                .findFirst().orElseThrow();

        System.out.printf("FIGURES database cut: cut at %d ms for %d ms (resumed at %d); writes %d, acknowledged %d "
                + "(all present), failed %d (all reported, none present); health answers %d, during cut %d all DOWN,"
                + " answer time max %d ms / median %d ms during cut vs median %d ms before; UP again %d ms after "
                + "resume; proxy connections accepted %d%n", cutAt, resumedAt - cutAt, resumedAt, writes.size(),
                acked, failed, health.size(), inCut.size(), inCut.stream().mapToLong(HealthAnswer::tookMillis).max()
                        .orElse(0), median(inCut), median(health.stream().filter(h -> h.atMillis() < finalCutAt)
                        .toList()), firstUpAgain.atMillis() - resumedAt, proxy.acceptedConnections());
        writes.stream().filter(w -> !w.acknowledged()).map(Write::failure).distinct()
                .forEach(f -> System.out.println("FIGURES database cut: failure told to the caller: " + f));
    }

    /** Even writes save the introduction with a text of their own, odd ones submit the report. */
    private Write write(SignedInUser staff, int number, long reportId, long t0) {
        boolean submit = number % 2 == 1;
        String text = "断线测试第 " + number + " 次保存";
        long started = System.currentTimeMillis() - t0;
        try {
            acting.as(staff.username(), () -> {
                if (submit) {
                    workflow.submit(reportId);
                } else {
                    AnnualReport report = reports.get(reportId);
                    reports.saveDraft(reportId, ReportDraft.of(report)
                            .withNarratives(Map.of(NarrativeSection.INTRODUCTION, text)));
                }
            });
            return new Write(number, reportId, submit, text, started, true, null);
        } catch (RuntimeException e) {
            // What the user is shown depends on this: the translated "database unavailable, nothing saved".
            String shown = UnexpectedErrors.isDatabaseUnavailable(e) ? "databaseUnavailable" : "unexpected";
            return new Write(number, reportId, submit, text, started, false,
                    e.getClass().getSimpleName() + "→" + shown);
        }
    }

    private HealthAnswer ask(HttpClient http, long t0) {
        long start = System.currentTimeMillis();
        try {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/actuator/health")).timeout(Duration.ofSeconds(20))
                    .build(), HttpResponse.BodyHandlers.ofString());
            return new HealthAnswer(start - t0, System.currentTimeMillis() - start, answer.statusCode(),
                    answer.body());
        } catch (IOException | InterruptedException e) {
            return new HealthAnswer(start - t0, System.currentTimeMillis() - start, -1, e.toString());
        }
    }

    private SignedInUser staffOfNewPark(long n) {
        Park park = SystemActor.call(() -> {
            Jurisdiction bureau = parkAdmin.save(new Jurisdiction("通化市生态环境局" + n, "吉林省"));
            Park p = new Park("通化医药高新区" + n, bureau.getId());
            p.setProvince("吉林省");
            p.setCity("通化市");
            p.setStreetAddress("新华大街 8 号");
            p.setConstructionBaseYear(2016);
            p.setPhone("0435-3222123");
            p.setEmail("th@example.gov.cn");
            return parkAdmin.save(p);
        });
        String username = "cut_st_" + n;
        SystemActor.call(() -> userAdmin.create(new NewAccount(username, "张伟", null, AppRole.STAFF, park.getId(),
                null, PASSWORD, false)));
        SystemActor.call(() -> userAdmin.create(new NewAccount("cut_rv_" + n, "李娜", null, AppRole.REVIEWER, null,
                park.getJurisdictionId(), PASSWORD, false)));
        SignedInUser staff = (SignedInUser) accounts.loadUserByUsername(username);
        fixtures.recordStatistics(staff, 2016, "0.8");
        return staff;
    }

    private static long median(List<HealthAnswer> answers) {
        List<Long> sorted = answers.stream().map(HealthAnswer::tookMillis).sorted().toList();
        return sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
