package ecopark.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import ecopark.ReportFixtures;
import ecopark.UiTest;
import ecopark.report.service.ReportService;
import ecopark.report.service.ReportWorkflow;
import ecopark.report.service.SnapshotIndicator;
import ecopark.review.domain.ReviewStage;
import ecopark.review.service.Colleague;
import ecopark.review.service.CopyItem;
import ecopark.review.service.ReviewCopies;
import ecopark.review.service.ReviewService;
import ecopark.review.service.ReviewTaskItem;
import ecopark.security.SystemActor;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.flowable.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

class ReviewCollaborationViewsTest extends UiTest {

    private static final AtomicInteger YEARS = new AtomicInteger(2851);

    @Autowired ReportFixtures fixtures;
    @Autowired ReportWorkflow workflow;
    @Autowired ReportService reports;
    @Autowired ReviewService review;
    @Autowired ReviewCopies copies;
    @Autowired TaskService tasks;

    @Autowired ecopark.ActingUsers acting;

    private long submitted(int year) {
        long report = fixtures.completeReport(year);
        SystemActor.callAs(fixtures.changchunStaff(), () -> workflow.submit(report));
        return report;
    }

    private String taskOf(long report) {
        return acting.as("cc_reviewer1", () -> review.inbox(ReviewStage.PRELIMINARY, false, PageRequest.of(0, 500))
                .stream().filter(t -> t.reportId() == report).findFirst().orElseThrow().taskId());
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> rows(String gridId) {
        Grid<T> grid = _get(Grid.class, spec -> spec.withId(gridId));
        List<T> rows = new ArrayList<>();
        for (int i = 0; i < GridKt._size(grid); i++) {
            rows.add(GridKt._get(grid, i));
        }
        return rows;
    }

    @Test
    void the_inbox_narrows_to_a_year_and_a_stage() {
        int yearA = YEARS.getAndIncrement();
        long a = submitted(yearA);
        long b = submitted(YEARS.getAndIncrement());
        login("cc_reviewer1");
        UI.getCurrent().navigate(InboxView.class);
        assertThat(InboxViewRows.reportIds(rows("inbox-tasks"))).contains(a, b);

        _setValue(_get(IntegerField.class, spec -> spec.withId("filter-year")), yearA);
        assertThat(InboxViewRows.reportIds(rows("inbox-tasks"))).containsExactly(a);

        @SuppressWarnings("unchecked")
        Select<ReviewStage> stage = _get(Select.class, spec -> spec.withId("filter-stage"));
        _setValue(stage, ReviewStage.FINAL);
        assertThat(rows("inbox-tasks")).isEmpty();
    }

    @Test
    void a_copy_shows_under_copied_to_me_and_opens_the_revision_read_only() {
        long report = submitted(YEARS.getAndIncrement());
        String task = taskOf(report);
        acting.as("cc_reviewer2", () -> copies.copy(task, List.of("cc_reviewer1"), "请了解该园区今年的指标变化"));
        login("cc_reviewer1");

        UI.getCurrent().navigate("inbox/copies");

        assertThat(_get(Tabs.class).getSelectedTab().getId()).hasValue("tab-copies");
        assertThat(_get(Tab.class, spec -> spec.withId("tab-copies")).getLabel()).startsWith("抄送我的（");
        List<CopyItem> copies = rows("inbox-copies");
        CopyItem copy = copies.stream().filter(c -> c.reportId() == report).findFirst().orElseThrow();
        assertThat(copy.senderName()).isEqualTo("赵静");
        assertThat(_find(Grid.class, spec -> spec.withId("inbox-tasks"))).isEmpty();

        UI.getCurrent().navigate(CopyView.class, copy.id());
        assertThat(_get(H2.class).getText()).startsWith("抄送：长春经济技术开发区");
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("copy-note-text"))
                .getText()).isEqualTo("请了解该园区今年的指标变化");
        assertThat(_find(Grid.class, spec -> spec.withId("revision-indicators"))).hasSize(1);
        assertThat(_find(Button.class, spec -> spec.withId("approve"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withClasses("indicator-comment"))).isEmpty();
    }

    @Test
    void a_reviewer_comments_on_one_indicator_row_of_the_revision() {
        long report = submitted(YEARS.getAndIncrement());
        String task = taskOf(report);
        acting.as("cc_reviewer1", () -> {
            review.claim(task);
            return null;
        });
        login("cc_reviewer1");
        UI.getCurrent().navigate(ReviewView.class, task);

        @SuppressWarnings("unchecked")
        Grid<SnapshotIndicator> indicators = _get(Grid.class, spec -> spec.withId("revision-indicators"));
        int row29 = -1;
        for (int i = 0; i < GridKt._size(indicators); i++) {
            if (GridKt._get(indicators, i).code().equals("29")) {
                row29 = i;
            }
        }
        assertThat(row29).isNotNegative();
        Div cell = (Div) GridKt._getCellComponent(indicators, row29, "comment");
        _click(LocatorJ._get(cell, Button.class));
        _setValue(_get(TextArea.class, spec -> spec.withId("indicator-comment")), "第29项数据来源请补充说明");
        _click(_get(Button.class, spec -> spec.withId("indicator-comment-save")));

        assertThat(acting.as("cc_staff", () -> reports.reviewFeedback(report)))
                .anySatisfy(c -> {
                    assertThat(c.anchor()).isEqualTo("INDICATOR:29");
                    assertThat(c.body()).isEqualTo("第29项数据来源请补充说明");
                });
        assertThat(_find(Div.class, spec -> spec.withClasses("review-comment")).stream()
                .map(d -> d.getElement().getTextRecursively()))
                .anySatisfy(text -> assertThat(text).contains("指标 29").contains("第29项数据来源请补充说明"));
        Div updated = (Div) GridKt._getCellComponent(
                _get(Grid.class, spec -> spec.withId("revision-indicators")), row29, "comment");
        assertThat(LocatorJ._get(updated, Span.class, spec -> spec.withClasses("indicator-comment-count")).getText())
                .isEqualTo("1 条意见");
    }

    @Test
    void the_process_diagram_marks_the_current_step_with_chinese_labels() {
        long report = submitted(YEARS.getAndIncrement());
        String task = taskOf(report);
        login("cc_reviewer1");
        UI.getCurrent().navigate(ReviewView.class, task);

        String svg = _get(ProcessDiagramView.class).svg();

        assertThat(svg).startsWith("<svg").contains("初审").contains("复核").contains("完整性检查")
                .contains("Noto Sans CJK SC");
        assertThat(svg).contains("class=\"element active user_task\" data-activity=\"preliminaryReview\"");
        assertThat(svg).contains("data-activity=\"completenessCheck\" data-state=\"done\"");
        assertThat(svg).contains("data-activity=\"finalReview\" data-state=\"pending\"");
        assertThat(svg).contains("<polyline class=\"flow done\"");
        assertThat(svg).contains("data-activity=\"submitted\" data-state=\"done\"");
        // A boundary timer waiting on the task is armed, not the step the report is at.
        assertThat(svg).contains("data-activity=\"preliminaryReviewOverdue\" data-state=\"pending\"");
    }

    @Test
    void the_holder_hands_the_task_over_from_the_review_screen() {
        long report = submitted(YEARS.getAndIncrement());
        String task = taskOf(report);
        acting.as("cc_reviewer1", () -> {
            review.claim(task);
            return null;
        });
        login("cc_reviewer1");
        UI.getCurrent().navigate(ReviewView.class, task);

        _click(_get(Button.class, spec -> spec.withId("hand-over")));
        @SuppressWarnings("unchecked")
        Select<Colleague> to = _get(Select.class, spec -> spec.withId("hand-over-to"));
        _click(_get(Button.class, spec -> spec.withId("hand-over-confirm")));
        assertThat(to.isInvalid()).isTrue();

        _setValue(to, to.getListDataView().getItems().filter(c -> c.username().equals("cc_reviewer2"))
                .findFirst().orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("hand-over-confirm")));
        assertThat(_get(TextArea.class, spec -> spec.withId("hand-over-note")).isInvalid()).isTrue();

        _setValue(_get(TextArea.class, spec -> spec.withId("hand-over-note")), "请赵静接手");
        _click(_get(Button.class, spec -> spec.withId("hand-over-confirm")));

        assertThat(tasks.createTaskQuery().taskId(task).singleResult().getAssignee()).isEqualTo("cc_reviewer2");
        _get(InboxView.class);
    }

    /** The inbox grid's rows as report ids. */
    private static final class InboxViewRows {
        static List<Long> reportIds(List<ReviewTaskItem> rows) {
            return rows.stream().map(ReviewTaskItem::reportId).toList();
        }
    }
}
