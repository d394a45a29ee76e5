package ecopark.faults;

import static org.assertj.core.api.Assertions.assertThat;

import ecopark.ActingUsers;
import ecopark.TestClock;
import ecopark.base.audit.AuditAction;
import ecopark.base.audit.AuditSubject;
import ecopark.base.audit.AuditTrail;
import ecopark.notification.domain.NotificationRepository;
import ecopark.report.domain.ReportStatus;
import ecopark.report.service.ReportService;
import ecopark.review.domain.ReviewStage;
import ecopark.review.service.ReviewService;
import ecopark.security.SystemActor;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.flowable.engine.ManagementService;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application killed (SIGKILL of a separate JVM, no shutdown of any kind) while it moves reports through the
 * review, then started again on the same database: every report stands at its last committed step (or the one in
 * flight, if it committed before the kill but was not yet reported), the report's status agrees with its Flowable
 * task, each open task has its two timers, every process goes on from there to publication, and each timer fires
 * exactly once (one reminder and one escalation per report, in the audit trail and in the notifications).
 * Report years 3861–3866 (on a database of its own).
 */
class KilledBetweenStepsIT {

    private static final int FIRST_YEAR = 3861;
    private static final int REPORTS = 6;
    /** Killed after this many committed steps: all created and submitted, two claimed, the third claim in flight. */
    private static final int KILL_AFTER = 2 * REPORTS + 2;

    @Test
    void a_killed_application_goes_on_from_each_reports_last_committed_step_and_fires_each_timer_once()
            throws Exception {
        Path directory = Files.createTempDirectory("ecopark-faults-kill");
        String database = directory.resolve("ecopark").toString();

        // 1. A separate JVM runs the steps and is killed.
        List<String> lines = new CopyOnWriteArrayList<>();
        Process worker = new ProcessBuilder(javaBinary(), "-Xmx768m", "-cp", System.getProperty("java.class.path"),
                ReviewSteps.class.getName(), database, String.valueOf(FIRST_YEAR), String.valueOf(REPORTS))
                .redirectErrorStream(true).start();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(worker.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    lines.add(line);
                }
            } catch (Exception closed) {
                // killed
            }
        });
        reader.setDaemon(true);
        reader.start();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(8);
        while (steps(lines).size() < KILL_AFTER && worker.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        long killedAt = System.nanoTime();
        worker.destroyForcibly();
        assertThat(worker.waitFor(30, TimeUnit.SECONDS)).isTrue();
        reader.join(5_000);
        assertThat(steps(lines)).as("worker output: %s", lines).hasSizeGreaterThanOrEqualTo(KILL_AFTER);
        Map<Integer, long[]> committed = committedSteps(lines); // year -> {steps done, report id}

        // 2. Started again on the same database.
        ConfigurableApplicationContext app = ReviewSteps.start(database);
        try {
            long restartMillis = (System.nanoTime() - killedAt) / 1_000_000;
            RuntimeService runtime = app.getBean(RuntimeService.class);
            ManagementService management = app.getBean(ManagementService.class);
            ReportService reports = app.getBean(ReportService.class);
            Map<Integer, Integer> found = new LinkedHashMap<>();
            for (Map.Entry<Integer, long[]> report : committed.entrySet()) {
                int done = (int) report.getValue()[0];
                long reportId = report.getValue()[1];
                int state = state(app, reportId);
                found.put(report.getKey(), state);
                assertThat(state).as("report %d: committed %d steps", report.getKey(), done).isBetween(done, done + 1);
                ProcessInstance process = runtime.createProcessInstanceQuery()
                        .processInstanceBusinessKey("report:" + reportId).singleResult();
                if (state >= 2) {
                    assertThat(management.createTimerJobQuery().processInstanceId(process.getId()).count())
                            .as("timers of report %d", report.getKey()).isEqualTo(2);
                }
            }

            // 3. Every process goes on from where it stands, to the final reviewer's claim.
            long[] ids = new long[100];
            committed.forEach((year, value) -> ids[year % 100] = value[1]);
            for (Map.Entry<Integer, Integer> report : found.entrySet()) {
                for (int n = report.getValue() + 1; n <= ReviewSteps.STEPS.size(); n++) {
                    ReviewSteps.step(app, report.getKey(), n, ids);
                }
            }

            // 4. Past every due date: the job executor fires each final-stage timer, once.
            TestClock clock = app.getBean(TestClock.class);
            clock.advance(Duration.ofDays(60));
            app.getBean(ProcessEngine.class).getProcessEngineConfiguration().getClock()
                    .setCurrentTime(Date.from(clock.instant()));
            AuditTrail audit = app.getBean(AuditTrail.class);
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (System.nanoTime() < end && committed.values().stream()
                    .anyMatch(v -> count(audit, v[1], AuditAction.REVIEW_OVERDUE) == 0)) {
                Thread.sleep(500);
            }
            Thread.sleep(15_000); // another acquisition round of the job executor: a second firing would show now
            NotificationRepository notifications = app.getBean(NotificationRepository.class);
            for (Map.Entry<Integer, long[]> report : committed.entrySet()) {
                long reportId = report.getValue()[1];
                assertThat(count(audit, reportId, AuditAction.REVIEW_REMINDED)).as("reminders of %d", report.getKey())
                        .isEqualTo(1);
                assertThat(count(audit, reportId, AuditAction.REVIEW_OVERDUE)).as("escalations of %d", report.getKey())
                        .isEqualTo(1);
                assertThat(notifications.findAll().stream().filter(n -> n.getRecipient().equals("cc_reviewer2"))
                        .filter(n -> n.getMessageKey().equals("notification.review.dueSoon"))
                        .filter(n -> n.getArgs().contains(String.valueOf(report.getKey())))).hasSize(1);
            }

            // 5. And to publication.
            for (long[] report : committed.values()) {
                String task = ReviewSteps.task(app, "cc_reviewer2", report[1], ReviewStage.FINAL);
                app.getBean(ActingUsers.class).as("cc_reviewer2", () -> app.getBean(ReviewService.class)
                        .approve(task, null));
                assertThat(SystemActor.call(() -> reports.get(report[1]).getStatus())).isEqualTo(ReportStatus.PUBLISHED);
            }
            System.out.printf("FIGURES kill: worker killed after %d committed steps; states by year committed→found"
                    + " %s; restart to ready %d ms; %d reports continued to publication; reminders 1 and escalations 1"
                    + " per report%n", steps(lines).size(), describe(committed, found), restartMillis, found.size());
        } finally {
            // Flowable keeps a moved time in a static field: left set, every engine this JVM starts later (the
            // two-node and backup tests) would find its timers 60 days overdue at once.
            app.getBean(ProcessEngine.class).getProcessEngineConfiguration().getClock().reset();
            app.close();
            deleteQuietly(directory.toFile());
        }
    }

    /** Steps done as the database says, checking that the report's status and its Flowable task agree. */
    private static int state(ConfigurableApplicationContext app, long reportId) {
        ReportStatus status = SystemActor.call(() -> app.getBean(ReportService.class).get(reportId).getStatus());
        List<Task> open = app.getBean(TaskService.class).createTaskQuery()
                .processInstanceBusinessKey("report:" + reportId).list();
        if (status == ReportStatus.DRAFT) {
            assertThat(open).as("a draft has no review task").isEmpty();
            return 1;
        }
        assertThat(open).hasSize(1);
        Task task = open.get(0);
        ReviewStage stage = ReviewStage.ofTaskKey(task.getTaskDefinitionKey());
        if (stage == ReviewStage.PRELIMINARY) {
            assertThat(status).isEqualTo(task.getAssignee() == null ? ReportStatus.SUBMITTED : ReportStatus.IN_REVIEW);
            return task.getAssignee() == null ? 2 : 3;
        }
        assertThat(status).isIn(ReportStatus.IN_REVIEW, ReportStatus.SUBMITTED);
        return task.getAssignee() == null ? 4 : 5;
    }

    private static long count(AuditTrail audit, long reportId, AuditAction action) {
        return audit.of(AuditSubject.REPORT, reportId).stream().filter(e -> e.getAction().equals(action.name()))
                .count();
    }

    private static List<String> steps(List<String> lines) {
        return lines.stream().filter(l -> l.startsWith("STEP ")).toList();
    }

    private static Map<Integer, long[]> committedSteps(List<String> lines) {
        Map<Integer, long[]> committed = new LinkedHashMap<>();
        for (String line : steps(lines)) {
            String[] parts = line.split(" ");
            committed.put(Integer.parseInt(parts[1]), new long[] {Long.parseLong(parts[2]), Long.parseLong(parts[3])});
        }
        return committed;
    }

    private static String describe(Map<Integer, long[]> committed, Map<Integer, Integer> found) {
        List<String> parts = new ArrayList<>();
        committed.forEach((year, value) -> parts.add(year + ":" + value[0] + "→" + found.get(year)));
        return String.join(" ", parts);
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void deleteQuietly(File file) {
        File[] children = file.listFiles();
        if (children != null) {
            for (File child : children) {
                deleteQuietly(child);
            }
        }
        file.delete();
    }
}
