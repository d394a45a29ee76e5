package ecopark.faults;

import static org.assertj.core.api.Assertions.assertThat;

import ecopark.ActingUsers;
import ecopark.ApplicationTest;
import ecopark.ReportFixtures;
import ecopark.base.audit.AuditAction;
import ecopark.base.audit.AuditEntry;
import ecopark.base.audit.AuditSubject;
import ecopark.base.audit.AuditTrail;
import ecopark.base.domain.BusinessRuleException;
import ecopark.base.i18n.TranslationProvider;
import ecopark.notification.domain.NotificationRepository;
import ecopark.rectification.RectificationFixtures;
import ecopark.rectification.domain.TaskStatus;
import ecopark.rectification.service.TaskCommands;
import ecopark.rectification.service.TaskQueries;
import ecopark.report.domain.AnnualReport;
import ecopark.report.domain.NarrativeSection;
import ecopark.report.domain.ReportStatus;
import ecopark.report.service.ReportDraft;
import ecopark.report.service.ReportService;
import ecopark.report.service.ReportWorkflow;
import ecopark.review.domain.ReviewDecisionRepository;
import ecopark.review.domain.ReviewStage;
import ecopark.review.service.ReviewService;
import ecopark.security.SystemActor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.flowable.engine.HistoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * Fifty people (or tabs) doing the same thing to the same report or task at the same moment: exactly one wins, the
 * other 49 get a translated conflict message (never an error reference), and the history holds one entry, nothing
 * doubled or lost. Report years 3821–3839.
 */
@ApplicationTest
class FiftyAtOnceTest {

    private static final int THREADS = 50;
    private static final String WON = "won";
    private static final AtomicInteger YEARS = new AtomicInteger(3821);

    @Autowired ReviewService review;
    @Autowired ReportWorkflow workflow;
    @Autowired ReportService reports;
    @Autowired ReportFixtures fixtures;
    @Autowired RectificationFixtures rectifications;
    @Autowired TaskCommands registry;
    @Autowired TaskQueries taskQueries;
    @Autowired ReviewDecisionRepository decisions;
    @Autowired NotificationRepository notifications;
    @Autowired AuditTrail audit;
    @Autowired HistoryService history;
    @Autowired ActingUsers acting;

    @Test
    void fifty_final_approvals_of_one_task_publish_once() throws Exception {
        long report = submitted();
        String preliminary = taskOf("cc_reviewer1", report, ReviewStage.PRELIMINARY);
        acting.as("cc_reviewer1", () -> review.claim(preliminary));
        acting.as("cc_reviewer1", () -> review.approve(preliminary, "材料齐全"));
        String last = taskOf("cc_reviewer2", report, ReviewStage.FINAL);
        acting.as("cc_reviewer2", () -> review.claim(last));
        long approvalsBefore = actions(AuditSubject.REPORT, report, AuditAction.REVIEW_APPROVED);

        List<String> outcomes = atOnce("final approval", i -> () -> acting.as("cc_reviewer2",
                () -> review.approve(last, null)));

        assertOneWinner(outcomes, "review.error.alreadyDecided");
        assertThat(decisions.findAll().stream().filter(d -> d.getReportId() == report)
                .filter(d -> d.getStage() == ReviewStage.FINAL)).hasSize(1);
        assertThat(actions(AuditSubject.REPORT, report, AuditAction.REVIEW_APPROVED)).isEqualTo(approvalsBefore + 1);
        assertThat(SystemActor.call(() -> reports.get(report).getStatus())).isEqualTo(ReportStatus.PUBLISHED);
        String process = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey("report:" + report)
                .singleResult().getId();
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(process).activityId("published")
                .list()).hasSize(1);
    }

    @Test
    void fifty_claims_of_one_task_by_two_reviewers_give_one_holder() throws Exception {
        long report = submitted();
        int year = SystemActor.call(() -> reports.get(report).getYear());
        String task = taskOf("cc_reviewer1", report, ReviewStage.PRELIMINARY);

        List<String> outcomes = atOnce("claim", i -> () -> acting.as(i % 2 == 0 ? "cc_reviewer1" : "cc_reviewer2",
                () -> review.claim(task)));

        assertOneWinner(outcomes, "review.error.claimedByOther");
        assertThat(actions(AuditSubject.REPORT, report, AuditAction.REVIEW_CLAIMED)).isEqualTo(1);
        assertThat(notifications.findAll().stream().filter(n -> n.getRecipient().equals("cc_staff"))
                .filter(n -> n.getMessageKey().equals("notification.review.claimed"))
                .filter(n -> n.getArgs().contains(String.valueOf(year)))).hasSize(1);
        assertThat(SystemActor.call(() -> reports.get(report).getStatus())).isEqualTo(ReportStatus.IN_REVIEW);
    }

    @Test
    void fifty_saves_of_one_draft_keep_one_text_and_refuse_the_rest_naming_who_saved() throws Exception {
        long report = fixtures.completeReport(YEARS.getAndIncrement());
        AnnualReport opened = SystemActor.call(() -> reports.get(report));
        long version = opened.getVersion();
        long savesBefore = actions(AuditSubject.REPORT, report, AuditAction.REPORT_SAVED);

        List<String> outcomes = atOnce("draft save", i -> () -> acting.as("cc_staff", () -> reports.saveDraft(report,
                ReportDraft.of(opened).withNarratives(Map.of(NarrativeSection.INTRODUCTION, "第 " + i + " 个标签页的引言")))));

        assertOneWinner(outcomes, "report.error.conflict");
        int winner = outcomes.indexOf(WON);
        AnnualReport saved = SystemActor.call(() -> reports.get(report));
        assertThat(saved.getVersion()).isEqualTo(version + 1);
        assertThat(ReportDraft.of(saved).narratives().get(NarrativeSection.INTRODUCTION))
                .isEqualTo("第 " + winner + " 个标签页的引言");
        assertThat(actions(AuditSubject.REPORT, report, AuditAction.REPORT_SAVED)).isEqualTo(savesBefore + 1);
    }

    @Test
    void fifty_closes_of_one_rectification_task_close_it_once() throws Exception {
        long task = rectifications.centralTask("五十次同时销号", 30);
        rectifications.done(task);

        List<String> outcomes = atOnce("close (销号)", i -> () -> rectifications.as("cc_manager",
                () -> registry.close(task, "核查通过")));

        assertThat(outcomes).containsOnlyOnce(WON);
        assertThat(outcomes.stream().filter(o -> !o.equals(WON)).distinct().toList())
                .allSatisfy(FiftyAtOnceTest::assertTranslatedKey);
        assertThat(rectifications.as("cc_manager", () -> taskQueries.get(task).status()))
                .isEqualTo(TaskStatus.CLOSED);
        assertThat(actions(AuditSubject.RECTIFICATION_TASK, task, AuditAction.RECTIFICATION_CLOSED)).isEqualTo(1);
    }

    // ------------------------------------------------------------------

    private long submitted() {
        long report = fixtures.completeReport(YEARS.getAndIncrement());
        acting.as("cc_staff", () -> workflow.submit(report));
        return report;
    }

    private String taskOf(String reviewer, long reportId, ReviewStage stage) {
        return acting.as(reviewer, () -> review.inbox(stage, false, PageRequest.of(0, 100)).stream()
                .filter(t -> t.reportId() == reportId).findFirst().orElseThrow().taskId());
    }

    private long actions(AuditSubject subject, long id, AuditAction action) {
        List<AuditEntry> entries = audit.of(subject, id);
        return entries.stream().filter(e -> e.getAction().equals(action.name())).count();
    }

    /**
     * Runs the work in 50 threads released together; each outcome is "won", the message key of a refusal, or the
     * class and message of anything else (what the user would see as an error reference).
     */
    private static List<String> atOnce(String what, IntFunction<Runnable> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CyclicBarrier together = new CyclicBarrier(THREADS);
        try {
            List<Future<String>> futures = new ArrayList<>();
            long start = System.nanoTime();
            for (int i = 0; i < THREADS; i++) {
                Runnable action = work.apply(i);
                futures.add(pool.submit(() -> {
                    together.await(30, TimeUnit.SECONDS);
                    try {
                        action.run();
                        return WON;
                    } catch (BusinessRuleException e) {
                        return e.messageKey();
                    } catch (RuntimeException e) {
                        Throwable root = e;
                        while (root.getCause() != null) {
                            root = root.getCause();
                        }
                        return "ERROR " + e.getClass().getName() + ": " + e.getMessage() + " (root: " + root + ")";
                    }
                }));
            }
            List<String> outcomes = new ArrayList<>();
            for (Future<String> future : futures) {
                outcomes.add(future.get(120, TimeUnit.SECONDS));
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            System.out.printf("FIGURES fifty-at-once %s: %s in %d ms%n", what, outcomes.stream()
                    .collect(Collectors.groupingBy(o -> o.length() > 120 ? o.substring(0, 120) : o,
                            Collectors.counting())), millis);
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void assertOneWinner(List<String> outcomes, String conflictKey) {
        assertThat(outcomes).hasSize(THREADS);
        assertThat(outcomes.stream().filter(WON::equals)).hasSize(1);
        assertThat(outcomes.stream().filter(conflictKey::equals)).hasSize(THREADS - 1);
        assertTranslatedKey(conflictKey);
    }

    private static void assertTranslatedKey(String key) {
        assertThat(key).doesNotStartWith("ERROR");
        for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            assertThat(TranslationProvider.translate(locale, key, "王丽", new java.util.Date())).doesNotStartWith("!");
        }
    }
}
