package ecopark.review.ui;

import ecopark.base.filestore.SampleFiles;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextArea;
import ecopark.ActingUsers;
import ecopark.ReportFixtures;
import ecopark.UiTest;
import ecopark.report.domain.ReportStatus;
import ecopark.report.service.ReportAttachmentService;
import ecopark.report.service.ReportService;
import ecopark.report.service.ReportWorkflow;
import ecopark.review.domain.ReviewStage;
import ecopark.review.service.ReviewDoneItem;
import ecopark.review.service.ReviewRecords;
import ecopark.review.service.ReviewService;
import ecopark.review.service.ReviewTaskItem;
import ecopark.security.SystemActor;
import java.nio.charset.StandardCharsets;
import java.util.List;
import ecopark.security.AppRole;
import ecopark.security.TestAccounts;
import ecopark.security.domain.AppUser;
import ecopark.security.service.AccountChanges;
import ecopark.security.service.NewAccount;
import ecopark.security.service.UserAdminService;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * What a reviewer meets on their screens (issue 13): the review screen has the report's attachments, decisions are
 * confirmed in words that say what will happen and reported as what happened, 已办 opens a record of the decision,
 * people are named by name, and a comparison leads back to the task.
 */
class ReviewFinishViewsTest extends UiTest {

    /** 3360–3399 (see ReportFixtures). */
    private static final AtomicInteger YEARS = new AtomicInteger(3360);
    private static final byte[] PDF = SampleFiles.pdf();

    @Autowired ReportFixtures fixtures;
    @Autowired ReportWorkflow workflow;
    @Autowired ReportService reports;
    @Autowired ReportAttachmentService attachments;
    @Autowired ReviewService review;
    @Autowired ReviewRecords records;
    @Autowired ActingUsers acting;
    @Autowired UserAdminService userAdmin;

    private long submitted() {
        long report = fixtures.completeReport(YEARS.getAndIncrement());
        SystemActor.callAs(fixtures.changchunStaff(), () -> workflow.submit(report));
        return report;
    }

    private String task(long report, ReviewStage stage, String reviewer) {
        return acting.as(reviewer, () -> review.inbox(stage, false, PageRequest.of(0, 500)).stream()
                .filter(t -> t.reportId() == report).findFirst().orElseThrow().taskId());
    }

    private String claimed(long report, ReviewStage stage, String reviewer) {
        String task = task(report, stage, reviewer);
        acting.as(reviewer, () -> review.claim(task));
        return task;
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> rows(String gridId) {
        Grid<T> grid = _get(Grid.class, spec -> spec.withId(gridId));
        return java.util.stream.IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i)).toList();
    }

    private static String text(String id) {
        return _get(com.vaadin.flow.component.Component.class, spec -> spec.withId(id)).getElement()
                .getTextRecursively();
    }

    /** Follows a link with a query, as the router does. */
    private static void open(String href) {
        int query = href.indexOf('?');
        UI.getCurrent().navigate(href.substring(0, query),
                com.vaadin.flow.router.QueryParameters.fromString(href.substring(query + 1)));
    }

    private static String notification() {
        return NotificationsKt.getNotifications().stream().map(n -> n.getElement().getProperty("text"))
                .reduce("", (a, b) -> a + b);
    }

    @Test
    void the_review_screen_lists_the_reports_attachments_for_download() {
        long report = fixtures.completeReport(YEARS.getAndIncrement());
        long attachment = SystemActor.callAs(fixtures.changchunStaff(),
                () -> attachments.upload(report, "循环化改造方案.pdf", PDF).id());
        SystemActor.callAs(fixtures.changchunStaff(), () -> workflow.submit(report));
        String task = claimed(report, ReviewStage.PRELIMINARY, "cc_reviewer1");
        login("cc_reviewer1");

        UI.getCurrent().navigate(ReviewView.class, task);

        Div panel = _get(Div.class, spec -> spec.withId("review-attachments"));
        assertThat(panel.getElement().getTextRecursively()).contains("附件").contains("循环化改造方案.pdf");
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(panel, Anchor.class))
                .anySatisfy(a -> assertThat(a.getText()).isEqualTo("循环化改造方案.pdf"));
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(panel, Button.class)).isEmpty();
        assertThat(acting.as("cc_reviewer1", () -> records.download(attachment).content())).isEqualTo(PDF);
    }

    @Test
    void returning_asks_first_showing_the_park_and_the_comment_and_then_says_it_was_sent() {
        long report = submitted();
        String task = claimed(report, ReviewStage.PRELIMINARY, "cc_reviewer1");
        login("cc_reviewer1");
        UI.getCurrent().navigate(ReviewView.class, task);
        _setValue(_get(TextArea.class, spec -> spec.withId("review-comment")), "请补充固体废物综合利用率的数据来源");

        _click(_get(Button.class, spec -> spec.withId("return")));
        ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("confirm-return"));
        assertThat(confirm.getElement().getTextRecursively()).contains("报告将退回长春经济技术开发区修改");
        assertThat(_get(Paragraph.class, spec -> spec.withId("confirm-comment")).getText())
                .isEqualTo("请补充固体废物综合利用率的数据来源");
        ConfirmDialogKt._fireCancel(confirm);
        assertThat(SystemActor.call(() -> reports.get(report).getStatus())).isEqualTo(ReportStatus.IN_REVIEW);

        _click(_get(Button.class, spec -> spec.withId("return")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("confirm-return")));

        assertThat(SystemActor.call(() -> reports.get(report).getStatus())).isEqualTo(ReportStatus.RETURNED);
        assertThat(notification()).contains("已退回长春经济技术开发区，意见已发送").doesNotContain("已完成审核");
        _get(InboxView.class);
    }

    @Test
    void passing_the_preliminary_review_says_it_goes_to_another_reviewer_and_the_final_one_that_it_publishes() {
        long report = submitted();
        String first = claimed(report, ReviewStage.PRELIMINARY, "cc_reviewer1");
        login("cc_reviewer1");
        UI.getCurrent().navigate(ReviewView.class, first);

        _click(_get(Button.class, spec -> spec.withId("approve")));
        ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("confirm-approve"));
        assertThat(confirm.getElement().getProperty("header")).isEqualTo("通过初审");
        assertThat(confirm.getElement().getTextRecursively()).contains("转入复核").contains("另一位审核人员");
        ConfirmDialogKt._fireConfirm(confirm);
        assertThat(notification()).contains("已通过初审，转入复核");

        String second = claimed(report, ReviewStage.FINAL, "cc_reviewer2");
        login("cc_reviewer2");
        UI.getCurrent().navigate(ReviewView.class, second);
        _setValue(_get(TextArea.class, spec -> spec.withId("review-comment")), "同意发布");
        _click(_get(Button.class, spec -> spec.withId("approve")));
        confirm = _get(ConfirmDialog.class, spec -> spec.withId("confirm-approve"));
        assertThat(confirm.getElement().getProperty("header")).isEqualTo("通过复核并发布");
        assertThat(confirm.getElement().getTextRecursively()).contains("信息公开表将立即发布");
        assertThat(_get(Paragraph.class, spec -> spec.withId("confirm-comment")).getText()).isEqualTo("同意发布");
        ConfirmDialogKt._fireConfirm(confirm);

        assertThat(SystemActor.call(() -> reports.get(report).getStatus())).isEqualTo(ReportStatus.PUBLISHED);
        assertThat(notification()).contains("已通过复核，信息公开表已发布");
    }

    @Test
    void the_confirmations_read_in_english_for_an_english_user() {
        long report = submitted();
        String task = claimed(report, ReviewStage.PRELIMINARY, "cc_reviewer1");
        login("cc_reviewer1");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate(ReviewView.class, task);
        _setValue(_get(TextArea.class, spec -> spec.withId("review-comment")), "请补充数据来源");

        _click(_get(Button.class, spec -> spec.withId("return")));
        ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("confirm-return"));
        String words = confirm.getElement().getTextRecursively().replace("请补充数据来源", "")
                .replace("长春经济技术开发区", "");

        assertThat(words).contains("goes back to").contains("for revision").doesNotContainPattern("[\\u4e00-\\u9fff]");
        assertThat(confirm.getElement().getProperty("cancelText")).isEqualTo("Cancel");
    }

    @Test
    void a_done_row_opens_a_read_only_record_of_the_decision() {
        long report = submitted();
        String task = claimed(report, ReviewStage.PRELIMINARY, "cc_reviewer1");
        acting.as("cc_reviewer1", () -> review.returnToPark(task, "第二部分请写明完成率"));
        login("cc_reviewer1");
        UI.getCurrent().navigate("inbox/done");

        assertThat(_get(Tabs.class).getSelectedTab().getLabel()).isEqualTo("已办");
        List<ReviewDoneItem> done = rows("inbox-done");
        int row = done.indexOf(done.stream().filter(d -> d.reportId() == report).findFirst().orElseThrow());
        @SuppressWarnings("unchecked")
        Grid<ReviewDoneItem> grid = _get(Grid.class, spec -> spec.withId("inbox-done"));
        _click((Button) GridKt._getCellComponent(grid, row, "view"));

        DecisionView view = _get(DecisionView.class);
        assertThat(_get(H2.class).getText()).isEqualTo("审核记录：长春经济技术开发区 " + SystemActor.call(() -> reports.get(report).getYear())
                + " 年度报告 · 第 1 版");
        assertThat(_get(Span.class, spec -> spec.withId("decision-outcome")).getText()).isEqualTo("退回园区修改");
        assertThat(_get(Span.class, spec -> spec.withId("decision-reviewer")).getText()).isEqualTo("李明（我）");
        assertThat(_get(Paragraph.class, spec -> spec.withId("decision-comment")).getText())
                .isEqualTo("第二部分请写明完成率");
        assertThat(text("decision-facts")).contains("初审");
        assertThat(_find(Grid.class, spec -> spec.withId("revision-indicators"))).hasSize(1);
        assertThat(_get(Anchor.class, spec -> spec.withId("decision-report")).getHref()).isEqualTo("report/" + report);
        assertThat(_get(Anchor.class, spec -> spec.withId("decision-back")).getHref()).isEqualTo("inbox/done");
        assertThat(_find(Button.class, spec -> spec.withId("approve"))).isEmpty();
        assertThat(_find(TextArea.class)).isEmpty();
        assertThat(view.getPageTitle()).startsWith("审核记录");
    }

    @Test
    void a_reviewer_moved_to_another_bureau_no_longer_lists_the_old_bureaus_decisions() {
        long report = submitted();
        long changchun = SystemActor.call(() -> userAdmin.findUsers("cc_reviewer1", PageRequest.of(0, 1))
                .getContent().get(0).jurisdictionId());
        long elsewhere = SystemActor.call(() -> userAdmin.jurisdictionChoices().stream()
                .filter(j -> j.id() != changchun).findFirst().orElseThrow().id());
        AppUser moving = SystemActor.call(() -> userAdmin.create(new NewAccount("moving_" + System.nanoTime() % 100_000,
                "调动的审核员", null, AppRole.REVIEWER, null, changchun, TestAccounts.PASSWORD, false)));
        String task = claimed(report, ReviewStage.PRELIMINARY, moving.getUsername());
        acting.as(moving.getUsername(), () -> review.returnToPark(task, "请补充第二部分"));
        assertThat(acting.as(moving.getUsername(), () -> records.done(PageRequest.of(0, 50)).getContent()))
                .extracting(ReviewDoneItem::reportId).contains(report);

        SystemActor.run(() -> userAdmin.update(moving.getId(), userAdmin.get(moving.getId()).version(),
                new AccountChanges("调动的审核员", null, AppRole.REVIEWER, null, elsewhere)));

        assertThat(acting.as(moving.getUsername(), () -> records.done(PageRequest.of(0, 50)).getContent()))
                .as("the old bureau's parks are no longer listed, as their records no longer open")
                .extracting(ReviewDoneItem::reportId).doesNotContain(report);
    }

    @Test
    void the_inbox_names_the_holder_of_a_task_by_name_and_marks_ones_own() {
        long report = submitted();
        claimed(report, ReviewStage.PRELIMINARY, "cc_reviewer1");

        login("cc_reviewer2");
        UI.getCurrent().navigate(InboxView.class);
        assertThat(assigneeOf(report)).isEqualTo("李明");

        login("cc_reviewer1");
        UI.getCurrent().navigate(InboxView.class);
        assertThat(assigneeOf(report)).isEqualTo("李明（我）");
        assertThat(rows("inbox-tasks").stream().map(t -> ((ReviewTaskItem) t).assigneeName()))
                .doesNotContain("cc_reviewer1");
    }

    @SuppressWarnings("unchecked")
    private String assigneeOf(long report) {
        Grid<ReviewTaskItem> grid = _get(Grid.class, spec -> spec.withId("inbox-tasks"));
        List<ReviewTaskItem> items = rows("inbox-tasks");
        ReviewTaskItem item = items.stream().filter(t -> t.reportId() == report).findFirst().orElseThrow();
        return GridKt._getFormatted(grid, items.indexOf(item), "assignee");
    }

    @Test
    void the_comparison_opened_from_the_review_screen_leads_back_to_the_task_still_held() {
        long report = submitted();
        String first = claimed(report, ReviewStage.PRELIMINARY, "cc_reviewer1");
        acting.as("cc_reviewer1", () -> review.returnToPark(first, "请修改"));
        SystemActor.callAs(fixtures.changchunStaff(), () -> workflow.submit(report));
        String second = claimed(report, ReviewStage.PRELIMINARY, "cc_reviewer1");
        login("cc_reviewer1");
        UI.getCurrent().navigate(ReviewView.class, second);

        String compare = _get(Anchor.class, spec -> spec.withId("compare-previous")).getHref();
        assertThat(compare).isEqualTo("report/" + report + "/compare?from=1&to=2&back=review/" + second);
        open(compare);

        Anchor back = _get(Anchor.class, spec -> spec.withId("compare-back"));
        assertThat(back.getText()).isEqualTo("返回审核任务");
        assertThat(back.getHref()).isEqualTo("review/" + second);
        UI.getCurrent().navigate(back.getHref());
        assertThat(_get(H2.class).getText()).contains("第 2 版");
        assertThat(_find(Button.class, spec -> spec.withId("approve"))).hasSize(1);

        open("report/" + report + "/compare?from=1&to=2&back=https://example.com");
        assertThat(_get(Anchor.class, spec -> spec.withId("compare-back")).getHref()).isEqualTo("report/" + report);
        assertThat(_get(Anchor.class, spec -> spec.withId("compare-back")).getText()).isEqualTo("返回报告");
    }
}
