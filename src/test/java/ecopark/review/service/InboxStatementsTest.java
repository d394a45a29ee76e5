package ecopark.review.service;

import static org.assertj.core.api.Assertions.assertThat;

import ecopark.ActingUsers;
import ecopark.ApplicationTest;
import ecopark.ReportFixtures;
import ecopark.StatementCounter;
import ecopark.report.service.ReportWorkflow;
import ecopark.review.domain.ReviewStage;
import ecopark.review.service.InboxFilter.InboxSort;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;

/**
 * The inbox costs the same statements for one task as for many (issue 14): a page, with the reports and the holders'
 * names joined in, whether or not it is narrowed to a year, and a count only when the page is full. Report years
 * 4001–4019.
 */
@ApplicationTest
@Import(StatementCounter.Config.class)
class InboxStatementsTest {

    @Autowired ReportFixtures fixtures;
    @Autowired ReportWorkflow workflow;
    @Autowired ReviewService review;
    @Autowired ActingUsers acting;
    @Autowired StatementCounter counter;

    private long submitted(int year) {
        long report = fixtures.completeReport(year);
        acting.as("cc_staff", () -> workflow.submit(report));
        return report;
    }

    private StatementCounter.Recorded<Page<ReviewTaskItem>> inbox(InboxFilter filter) {
        return acting.as("cc_reviewer1", () -> counter.record(() -> review.inbox(filter, PageRequest.of(0, 50))));
    }

    @Test
    void the_inbox_and_its_year_filter_send_the_same_two_statements_for_one_task_as_for_many() {
        long first = submitted(4001);
        InboxFilter everything = new InboxFilter(null, null, null, false, InboxSort.NEWEST_FIRST);
        InboxFilter ofYear = new InboxFilter(ReviewStage.PRELIMINARY, null, 4001, false, InboxSort.DUE_FIRST);
        var allBefore = inbox(everything);
        var yearBefore = inbox(ofYear);
        assertThat(yearBefore.result().getContent()).extracting(ReviewTaskItem::reportId).containsExactly(first);

        List<Long> more = List.of(submitted(4002), submitted(4003), submitted(4004), submitted(4005));
        String taken = yearBefore.result().getContent().get(0).taskId();
        acting.as("cc_reviewer1", () -> review.claim(taken));
        var allAfter = inbox(everything);
        var yearAfter = inbox(ofYear);

        assertThat(allAfter.result().getTotalElements()).isEqualTo(allBefore.result().getTotalElements() + 4);
        assertThat(allAfter.result().getContent()).extracting(ReviewTaskItem::reportId).containsAll(more);
        assertThat(allAfter.statements()).hasSize(1).isEqualTo(allBefore.statements());
        assertThat(yearAfter.statements()).hasSize(1).isEqualTo(yearBefore.statements());
        // What the list shows of each task comes from the same two statements.
        ReviewTaskItem item = yearAfter.result().getContent().get(0);
        assertThat(item.reportId()).isEqualTo(first);
        assertThat(item.year()).isEqualTo(4001);
        assertThat(item.parkName()).isEqualTo("长春经济技术开发区");
        assertThat(item.revisionNumber()).isEqualTo(1);
        assertThat(item.assignee()).isEqualTo("cc_reviewer1");
        assertThat(item.assigneeName()).isEqualTo("李明");
        assertThat(item.stage()).isEqualTo(ReviewStage.PRELIMINARY);
        assertThat(item.dueAt()).isAfter(item.submittedAt());

        var mine = acting.as("cc_reviewer1", () -> counter.record(() -> review.inbox(
                new InboxFilter(null, null, 4001, true, InboxSort.OLDEST_FIRST), PageRequest.of(0, 50))));
        assertThat(mine.result().getContent()).extracting(ReviewTaskItem::taskId).containsExactly(taken);
        assertThat(mine.statements()).hasSize(1);

        // A full page cannot tell how many there are: then, and only then, the inbox counts.
        var firstTwo = acting.as("cc_reviewer1", () -> counter.record(() -> review.inbox(everything,
                PageRequest.of(0, 2))));
        assertThat(firstTwo.result().getContent()).hasSize(2);
        assertThat(firstTwo.result().getTotalElements()).isEqualTo(allAfter.result().getTotalElements());
        assertThat(firstTwo.statements()).hasSize(2);
        var lastPage = acting.as("cc_reviewer1", () -> counter.record(() -> review.inbox(everything,
                PageRequest.of((int) (allAfter.result().getTotalElements() / 2), 2))));
        assertThat(lastPage.result().getTotalElements()).isEqualTo(allAfter.result().getTotalElements());
    }
}
