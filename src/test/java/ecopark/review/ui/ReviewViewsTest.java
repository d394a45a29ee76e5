package ecopark.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextArea;
import ecopark.UiTest;
import ecopark.report.domain.AnnualReport;
import ecopark.report.domain.NarrativeSection;
import ecopark.report.domain.ReportStatus;
import ecopark.report.service.ReportDraft;
import ecopark.report.service.ReportService;
import ecopark.report.service.ReportWorkflow;
import ecopark.report.ui.ReportEditorView;
import ecopark.review.service.ReviewTaskItem;
import ecopark.security.SignedInUser;
import ecopark.security.SystemActor;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

class ReviewViewsTest extends UiTest {

    private static final AtomicInteger YEARS = new AtomicInteger(2201);

    @Autowired ReportService reports;
    @Autowired ReportWorkflow workflow;
    @Autowired UserDetailsService accounts;

    @Autowired ecopark.ReportFixtures fixtures;

    private long submittedReport() {
        long report = fixtures.completeReport(YEARS.getAndIncrement());
        SystemActor.callAs(fixtures.changchunStaff(), () -> workflow.submit(report));
        return report;
    }

    @SuppressWarnings("unchecked")
    private ReviewTaskItem rowOf(long reportId) {
        Grid<ReviewTaskItem> grid = _get(Grid.class, spec -> spec.withId("inbox-tasks"));
        for (int i = 0; i < GridKt._size(grid); i++) {
            if (GridKt._get(grid, i).reportId() == reportId) {
                return GridKt._get(grid, i);
            }
        }
        throw new AssertionError("report " + reportId + " not in the inbox");
    }

    @Test
    void staff_submit_from_the_editor_once_every_section_is_written() {
        SignedInUser staff = (SignedInUser) accounts.loadUserByUsername("cc_staff");
        int year = YEARS.getAndIncrement();
        long empty = SystemActor.callAs(staff, () -> reports.create(staff.parkId(), year).getId());
        fixtures.completeSectionThree(empty, year);
        login("cc_staff");
        UI.getCurrent().navigate(ReportEditorView.class, empty);

        assertThat(_get(Div.class, spec -> spec.withId("submission-problems")).getElement().getTextRecursively())
                .contains("请填写“园区简介”");
        for (NarrativeSection s : NarrativeSection.values()) {
            _setValue(_get(TextArea.class, spec -> spec.withId("narrative-" + s.name().toLowerCase().replace('_', '-'))), "内容");
        }
        _click(_get(Button.class, spec -> spec.withId("submit-report")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(SystemActor.call(() -> reports.get(empty).getStatus())).isIn(ReportStatus.SUBMITTED);
    }

    @Test
    void a_reviewer_takes_a_task_from_the_inbox_and_returns_it_with_a_comment() {
        long report = submittedReport();
        login("cc_reviewer1");
        UI.getCurrent().navigate(InboxView.class);

        ReviewTaskItem row = rowOf(report);
        assertThat(row.parkName()).isEqualTo("长春经济技术开发区");
        assertThat(row.dueAt()).isNotNull();

        UI.getCurrent().navigate(ReviewView.class, row.taskId());
        assertThat(_find(Button.class, spec -> spec.withId("approve"))).isEmpty();

        SystemActor.callAs((SignedInUser) accounts.loadUserByUsername("cc_reviewer1"), () -> {
            context.getBean(ecopark.review.service.ReviewService.class).claim(row.taskId());
            return null;
        });
        UI.getCurrent().navigate(ReviewView.class, row.taskId());
        assertThat(_get(H2.class).getText()).contains("长春经济技术开发区").contains("初审");

        _click(_get(Button.class, spec -> spec.withId("return")));
        assertThat(_get(TextArea.class, spec -> spec.withId("review-comment")).isInvalid()).isTrue();

        _setValue(_get(TextArea.class, spec -> spec.withId("review-comment")), "请补充主要成果中的数据来源");
        _click(_get(Button.class, spec -> spec.withId("return")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("confirm-return")));

        assertThat(SystemActor.call(() -> reports.get(report).getStatus())).isEqualTo(ReportStatus.RETURNED);
        _get(InboxView.class);

        login("cc_staff");
        UI.getCurrent().navigate(ReportEditorView.class, report);
        assertThat(_get(Div.class, spec -> spec.withId("review-feedback")).getElement().getTextRecursively())
                .contains("请补充主要成果中的数据来源").contains("李明");
    }

    @Autowired ecopark.notice.NoticeFixtures notices;
    @Autowired ecopark.report.service.ReportAttachmentService attachments;

    /** Year 4429 of the notice tests' range: the year's notice, answered and delivered, as the reviewer reads it. */
    @Test
    void the_reviewer_reads_the_answer_to_the_notice_s_topic_and_which_file_was_delivered() {
        ecopark.notice.service.NoticeView notice = notices.issue(4429, java.time.LocalDate.of(4430, 5, 31));
        long report = fixtures.completeReport(4429);
        String answer = "园区推进减污降碳协同增效，实施集中供热和中水回用。";
        SystemActor.callAs(fixtures.changchunStaff(), () -> {
            attachments.uploadDeliverable(report, notice.deliverables().get(0).id(), "专项报告.pdf",
                    ecopark.base.filestore.SampleFiles.pdf());
            reports.saveDraft(report, ReportDraft.of(reports.get(report))
                    .withTopicAnswers(Map.of(notice.topics().get(0).id(), answer)));
            return workflow.submit(report);
        });
        login("cc_reviewer1");
        UI.getCurrent().navigate(InboxView.class);
        UI.getCurrent().navigate(ReviewView.class, rowOf(report).taskId());

        assertThat(_get(Div.class, spec -> spec.withId("revision-notice")).getElement().getTextRecursively())
                .contains("年度通知 " + notice.documentNumber() + " 要求的内容", "减污降碳协同增效", answer,
                        "碳达峰碳中和实施路径专项报告：专项报告.pdf");
    }
}
