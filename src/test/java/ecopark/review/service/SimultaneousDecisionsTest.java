package ecopark.review.service;

import static org.assertj.core.api.Assertions.assertThat;

import ecopark.ActingUsers;
import ecopark.ApplicationTest;
import ecopark.ReportFixtures;
import ecopark.base.domain.BusinessRuleException;
import ecopark.report.domain.ReportStatus;
import ecopark.report.service.ReportService;
import ecopark.report.service.ReportWorkflow;
import ecopark.review.domain.ReviewDecision;
import ecopark.review.domain.ReviewDecisionRepository;
import ecopark.review.domain.ReviewStage;
import ecopark.security.SystemActor;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.flowable.engine.HistoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two final approvals of the same task at the same moment (the reviewer's two tabs): exactly one wins, one decision
 * and one publication are recorded, and the other tab reads "此任务已处理完毕" instead of an error reference.
 * Report years 3571–3579 of the Changchun park.
 */
@ApplicationTest
class SimultaneousDecisionsTest {

    private static final AtomicInteger YEARS = new AtomicInteger(3571);

    @Autowired ReviewService review;
    @Autowired ReportWorkflow workflow;
    @Autowired ReportService reports;
    @Autowired ReviewDecisionRepository decisions;
    @Autowired HistoryService history;
    @Autowired ActingUsers acting;
    @Autowired ReportFixtures fixtures;
    @Autowired PlatformTransactionManager transactionManager;

    /** A report whose final sign-off task cc_reviewer2 has claimed. */
    private long atFinalSignOff() {
        long report = fixtures.completeReport(YEARS.getAndIncrement());
        acting.as("cc_staff", () -> workflow.submit(report));
        String preliminary = taskOf("cc_reviewer1", report, ReviewStage.PRELIMINARY);
        acting.as("cc_reviewer1", () -> review.claim(preliminary));
        acting.as("cc_reviewer1", () -> review.approve(preliminary, "材料齐全"));
        acting.as("cc_reviewer2", () -> review.claim(taskOf("cc_reviewer2", report, ReviewStage.FINAL)));
        return report;
    }

    private String taskOf(String reviewer, long reportId, ReviewStage stage) {
        return acting.as(reviewer, () -> review.inbox(stage, false, PageRequest.of(0, 100)).stream()
                .filter(t -> t.reportId() == reportId).findFirst().orElseThrow().taskId());
    }

    /** What one tab shows: "approved", the key of a refusal, or the class of anything else (an error reference). */
    private String approveAs(String reviewer, String taskId) {
        try {
            acting.as(reviewer, () -> review.approve(taskId, null));
            return "approved";
        } catch (BusinessRuleException e) {
            return e.messageKey();
        } catch (RuntimeException e) {
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            return e.getClass().getName() + ": " + e.getMessage() + " (root: " + root + ")";
        }
    }

    private long finalDecisions(long report) {
        return decisions.findAll().stream().filter(d -> d.getReportId() == report)
                .filter(d -> d.getStage() == ReviewStage.FINAL).count();
    }

    private void assertOneWinnerOnePublication(long report, List<String> outcomes) {
        assertThat(outcomes).containsExactlyInAnyOrder("approved", "review.error.alreadyDecided");
        assertThat(finalDecisions(report)).isEqualTo(1);
        assertThat(SystemActor.call(() -> reports.get(report).getStatus())).isEqualTo(ReportStatus.PUBLISHED);
        String process = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey("report:" + report)
                .singleResult().getId();
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(process).activityId("published")
                .list()).hasSize(1);
    }

    @Test
    void the_second_tab_approving_while_the_first_commits_is_told_the_task_is_already_handled() throws Exception {
        long report = atFinalSignOff();
        String task = taskOf("cc_reviewer2", report, ReviewStage.FINAL);
        CountDownLatch firstApproved = new CountDownLatch(1);
        CountDownLatch secondStarted = new CountDownLatch(1);

        // The first tab's approval has done all its work but not committed when the second tab's begins.
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> new TransactionTemplate(
                transactionManager).execute(status -> {
                    String outcome = approveAs("cc_reviewer2", task);
                    firstApproved.countDown();
                    await(secondStarted);
                    sleep(300);
                    return outcome;
                }));
        CompletableFuture<String> second = CompletableFuture.supplyAsync(() -> {
            await(firstApproved);
            secondStarted.countDown();
            return approveAs("cc_reviewer2", task);
        });

        assertOneWinnerOnePublication(report, List.of(first.get(30, TimeUnit.SECONDS),
                second.get(30, TimeUnit.SECONDS)));
    }

    @Test
    void two_tabs_approving_at_the_same_moment_give_one_winner_three_times_out_of_three() throws Exception {
        for (int attempt = 0; attempt < 3; attempt++) {
            long report = atFinalSignOff();
            String task = taskOf("cc_reviewer2", report, ReviewStage.FINAL);
            CyclicBarrier together = new CyclicBarrier(2);
            List<CompletableFuture<String>> tabs = new ArrayList<>();
            for (int tab = 0; tab < 2; tab++) {
                tabs.add(CompletableFuture.supplyAsync(() -> {
                    await(together);
                    return approveAs("cc_reviewer2", task);
                }));
            }

            List<String> outcomes = new ArrayList<>();
            for (CompletableFuture<String> tab : tabs) {
                outcomes.add(tab.get(30, TimeUnit.SECONDS));
            }
            assertOneWinnerOnePublication(report, outcomes);
        }
    }

    @Test
    void approving_in_one_tab_and_returning_in_the_other_at_the_same_moment_keeps_exactly_one_decision()
            throws Exception {
        long report = atFinalSignOff();
        String task = taskOf("cc_reviewer2", report, ReviewStage.FINAL);
        CyclicBarrier together = new CyclicBarrier(2);
        CompletableFuture<String> approve = CompletableFuture.supplyAsync(() -> {
            await(together);
            return approveAs("cc_reviewer2", task);
        });
        CompletableFuture<String> giveBack = CompletableFuture.supplyAsync(() -> {
            await(together);
            try {
                acting.as("cc_reviewer2", () -> review.returnToPark(task, "请补充固废数据"));
                return "returned";
            } catch (BusinessRuleException e) {
                return e.messageKey();
            }
        });

        List<String> outcomes = List.of(approve.get(30, TimeUnit.SECONDS), giveBack.get(30, TimeUnit.SECONDS));
        assertThat(outcomes).containsOnlyOnce("review.error.alreadyDecided");
        assertThat(outcomes).containsAnyOf("approved", "returned");
        assertThat(finalDecisions(report)).isEqualTo(1);
        ReportStatus status = SystemActor.call(() -> reports.get(report).getStatus());
        assertThat(status).isEqualTo(outcomes.contains("approved") ? ReportStatus.PUBLISHED : ReportStatus.RETURNED);
    }

    @Test
    void two_reviewers_claiming_the_same_task_at_the_same_moment_give_one_holder() throws Exception {
        long report = fixtures.completeReport(YEARS.getAndIncrement());
        acting.as("cc_staff", () -> workflow.submit(report));
        String task = taskOf("cc_reviewer1", report, ReviewStage.PRELIMINARY);
        CyclicBarrier together = new CyclicBarrier(2);
        List<CompletableFuture<String>> reviewers = new ArrayList<>();
        for (String reviewer : List.of("cc_reviewer1", "cc_reviewer2")) {
            reviewers.add(CompletableFuture.supplyAsync(() -> {
                await(together);
                try {
                    acting.as(reviewer, () -> review.claim(task));
                    return "claimed";
                } catch (BusinessRuleException e) {
                    return e.messageKey();
                }
            }));
        }

        List<String> outcomes = new ArrayList<>();
        for (CompletableFuture<String> reviewer : reviewers) {
            outcomes.add(reviewer.get(30, TimeUnit.SECONDS));
        }
        assertThat(outcomes).containsExactlyInAnyOrder("claimed", "review.error.claimedByOther");
    }

    private static void await(Object gate) {
        try {
            if (gate instanceof CountDownLatch latch) {
                latch.await(20, TimeUnit.SECONDS);
            } else {
                ((CyclicBarrier) gate).await(20, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
