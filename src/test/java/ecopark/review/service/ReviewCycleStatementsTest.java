package ecopark.review.service;

import static org.assertj.core.api.Assertions.assertThat;

import ecopark.ActingUsers;
import ecopark.ApplicationTest;
import ecopark.ReportFixtures;
import ecopark.StatementCounter;
import ecopark.report.domain.ReportStatus;
import ecopark.report.service.ReportService;
import ecopark.report.service.ReportWorkflow;
import ecopark.review.domain.ReviewStage;
import ecopark.security.SystemActor;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a review cycle (submit → claim → approve 初审 → claim → approve 复核 → published) costs in statements beyond the
 * process engine's own work (issue 14): a notice is one directory read and one batch of rows however many people it
 * goes to, a claim or a decision reads its task once and takes its row before anything else is written, and a
 * status change does not write the report's narrative again. Report years 4031–4049.
 */
@ApplicationTest
@Import(StatementCounter.Config.class)
class ReviewCycleStatementsTest {

    private static final String TASK_BY_ID = "select * from ACT_RU_TASK where ID_ = ?";
    private static final String TAKE = "update ACT_RU_TASK SET REV_ = ? where ID_= ? and REV_ = ?";

    /**
     * The statements of these five steps, as counted on 2026-12-07 (submit 24, claims 21 each, approvals 55 and 73);
     * main's code sent 203. The bench's cycle (ReviewCycleProfile) adds the two inbox pages: 196 against the bare
     * engine's 144. Since issue 16 a submission also reads its year's annual notice, one statement (its deliverables
     * and topics are read only when there is a notice, the attachments only when it asks for documents), and the route
     * is data: submit 27, approve 初审 60, so 202. The submission reads the jurisdictions once (the park's chain up to
     * its province) and the province's route row (2); passing on to the next stage writes the stage index and its
     * history (3: the engine reads a history row before updating it), and the engine looks up the open activity
     * instance of the two more steps the loop passes (2). The stage's due dates are transient (read by the task and
     * its timers in the same command), so they cost nothing.
     */
    private static final int CYCLE_STATEMENTS = 202;

    @Autowired ReportFixtures fixtures;
    @Autowired ReportWorkflow workflow;
    @Autowired ReportService reports;
    @Autowired ReviewService review;
    @Autowired ActingUsers acting;
    @Autowired StatementCounter counter;
    @Autowired JdbcTemplate jdbc;

    private String taskOf(String reviewer, long reportId, ReviewStage stage) {
        return acting.as(reviewer, () -> review.inbox(stage, false, PageRequest.of(0, 100)).stream()
                .filter(t -> t.reportId() == reportId).findFirst().orElseThrow().taskId());
    }

    private List<String> as(String username, Runnable work) {
        return acting.as(username, () -> counter.record(work));
    }

    private static long count(List<String> statements, String prefix) {
        return statements.stream().filter(s -> s.startsWith(prefix)).count();
    }

    private List<String> notified(String link, String messageKey) {
        return jdbc.queryForList("select recipient from notification where link = ? and message_key = ? "
                + "order by recipient", String.class, link, messageKey);
    }

    @Test
    void a_review_cycle_notifies_in_one_batch_per_notice_reads_each_task_once_and_writes_only_the_status() {
        long report = fixtures.completeReport(4031);
        String link = "report/" + report;

        List<String> submit = as("cc_staff", () -> workflow.submit(report));
        String preliminary = taskOf("cc_reviewer1", report, ReviewStage.PRELIMINARY);
        List<String> claimPreliminary = as("cc_reviewer1", () -> review.claim(preliminary));
        List<String> approvePreliminary = as("cc_reviewer1", () -> review.approve(preliminary, null));
        String signOff = taskOf("cc_reviewer2", report, ReviewStage.FINAL);
        List<String> claimFinal = as("cc_reviewer2", () -> review.claim(signOff));
        List<String> approveFinal = as("cc_reviewer2", () -> review.approve(signOff, null));

        assertThat(SystemActor.call(() -> reports.get(report).getStatus())).isEqualTo(ReportStatus.PUBLISHED);

        // Every notice reached everyone it did before, each written as one batch.
        assertThat(count(submit, "insert into notification")).isEqualTo(1);
        assertThat(count(approvePreliminary, "insert into notification")).isEqualTo(1);
        assertThat(jdbc.queryForList("select recipient from notification where message_key = ? and args like ? "
                + "order by recipient", String.class, "notification.review.awaitingPreliminary", "%4031%"))
                .contains("cc_reviewer1", "cc_reviewer2");
        assertThat(jdbc.queryForList("select recipient from notification where message_key = ? and args like ? "
                + "order by recipient", String.class, "notification.review.awaitingFinal", "%4031%"))
                .contains("cc_reviewer1", "cc_reviewer2");
        assertThat(notified(link, "notification.review.claimed")).containsExactly("cc_staff", "cc_staff");
        // The park's staff and the bureau's managers hear of the publication from one read and one batch.
        assertThat(notified(link, "notification.review.published")).contains("cc_manager", "cc_staff");
        assertThat(count(approveFinal, "insert into notification")).isEqualTo(1);
        assertThat(count(approveFinal, "select au1_0.id")).isEqualTo(1);

        // A claim reads its task once: the query with its variables; the take and the claim find it loaded, and
        // the take still comes before the claim's own writes.
        for (List<String> claim : List.of(claimPreliminary, claimFinal)) {
            assertThat(count(claim, TASK_BY_ID)).isZero();
            assertThat(count(claim, TAKE)).isEqualTo(1);
            assertThat(claim.indexOf(TAKE)).isLessThan(firstIndex(claim, "insert into ACT_HI_IDENTITYLINK"));
        }
        // A decision reads its task once before the engine completes it (which reads it again itself), and takes it
        // before the decision row is written.
        for (List<String> decision : List.of(approvePreliminary, approveFinal)) {
            assertThat(count(decision, TASK_BY_ID)).isEqualTo(1);
            assertThat(decision.indexOf(TAKE)).isLessThan(firstIndex(decision, "insert into review_decision"));
        }

        // A status change writes the status, not the narrative sections.
        List<String> reportUpdates = Stream.of(submit, claimPreliminary, approvePreliminary,
                claimFinal, approveFinal).flatMap(List::stream).filter(s -> s.startsWith("update annual_report"))
                .toList();
        assertThat(reportUpdates).hasSize(4).allSatisfy(update -> assertThat(update).doesNotContain("main_work"));

        Map<String, Integer> perStep = Map.of("submit", submit.size(), "claim 初审", claimPreliminary.size(),
                "approve 初审", approvePreliminary.size(), "claim 复核", claimFinal.size(),
                "approve 复核", approveFinal.size());
        assertThat(perStep.values().stream().mapToInt(Integer::intValue).sum()).as(perStep.toString())
                .isLessThanOrEqualTo(CYCLE_STATEMENTS);
    }

    private static int firstIndex(List<String> statements, String prefix) {
        for (int i = 0; i < statements.size(); i++) {
            if (statements.get(i).startsWith(prefix)) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }
}
