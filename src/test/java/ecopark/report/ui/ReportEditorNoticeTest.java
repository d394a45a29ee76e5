package ecopark.report.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import ecopark.ReportFixtures;
import ecopark.UiTest;
import ecopark.base.ui.component.StatusBadge;
import ecopark.notice.NoticeFixtures;
import ecopark.notice.service.NoticeView;
import ecopark.report.service.ReportService;
import ecopark.security.SystemActor;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Park staff see their year's notice in the report editor (文号, deadline, deliverables, topics) and answer each topic
 * in its own text field, saved with the draft. Years 4421–4429 (4425 is EveryChangeIsAuditedTest's).
 */
class ReportEditorNoticeTest extends UiTest {

    @Autowired NoticeFixtures notices;
    @Autowired ReportFixtures fixtures;
    @Autowired ReportService reports;
    @Autowired ecopark.report.service.ReportAttachmentService attachments;
    @Autowired ecopark.report.service.ReportWorkflow workflow;

    @Test
    void staff_answer_the_notices_topic_in_its_own_field_and_the_save_keeps_it() {
        NoticeView notice = notices.issue(4421, LocalDate.of(4422, 5, 31));
        long report = fixtures.completeReport(4421);
        long topic = notice.topics().get(0).id();
        login("cc_staff");
        UI.getCurrent().navigate(ReportEditorView.class, report);

        assertThat(_get(Span.class, spec -> spec.withId("notice-number")).getText())
                .isEqualTo(notice.documentNumber());
        StatusBadge badge = _get(StatusBadge.class, spec -> spec.withClasses("deadline-countdown"));
        assertThat(badge.getText()).contains("4422-05-31").doesNotContain("本地");
        assertThat(_get(Span.class, spec -> spec.withId("form-title")).getText())
                .isEqualTo("生态文明建设示范区（生态工业园区）建设年度评价报告信息公开表(4421)");
        TextArea answer = _get(TextArea.class, spec -> spec.withId("topic-" + topic));
        assertThat(answer.getLabel()).isEqualTo("减污降碳协同增效");
        assertThat(answer.getHelperText()).isEqualTo("已写 0 字，至少 20 字");

        String text = "园区推进减污降碳协同增效，实施集中供热、中水回用和光伏发电。";
        _setValue(answer, text);
        assertThat(_get(ReportEditorView.class).hasUnsavedChanges()).isTrue();
        _click(_get(Button.class, spec -> spec.withId("save-report")));

        assertThat(_get(ReportEditorView.class).hasUnsavedChanges()).isFalse();
        assertThat(SystemActor.callAs(fixtures.changchunStaff(), () -> reports.topicAnswers(report)))
                .containsEntry(topic, text);
        // Opened again, the answer is there.
        UI.getCurrent().navigate(ReportListView.class);
        UI.getCurrent().navigate(ReportEditorView.class, report);
        assertThat(_get(TextArea.class, spec -> spec.withId("topic-" + topic)).getValue()).isEqualTo(text);
    }

    @Test
    void a_deliverable_of_a_kind_the_notice_does_not_allow_is_refused_at_its_upload() {
        NoticeView notice = notices.issue(4426, LocalDate.of(4427, 5, 31));
        long report = fixtures.completeReport(4426);
        login("cc_staff");
        UI.getCurrent().navigate(ReportEditorView.class, report);
        DeliverablePanel panel = _get(DeliverablePanel.class);

        panel.receive("专项报告.xlsx", ecopark.base.filestore.SampleFiles.xlsx("数据"));
        assertThat(_get(Span.class, spec -> spec.withId("deliverable-message-" + notice.deliverables().get(0).id()))
                .getText()).isEqualTo("“碳达峰碳中和实施路径专项报告”只接受 pdf / docx 文件，“专项报告.xlsx”未上传");

        panel.receive("专项报告.pdf", ecopark.base.filestore.SampleFiles.pdf());
        assertThat(_get(Span.class, spec -> spec.withId("deliverable-message-" + notice.deliverables().get(0).id()))
                .getText()).isEqualTo("已上传“专项报告.pdf”");
        // Listed under its deliverable, not among the other attachments.
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(AttachmentsPanel.class).get(0).getElement()
                .getTextRecursively()).doesNotContain("专项报告.pdf");
    }

    @Test
    void the_history_says_which_revision_of_the_notice_a_submission_met() {
        NoticeView notice = notices.issue(4427, LocalDate.of(4428, 5, 31));
        long report = fixtures.completeReport(4427);
        long topic = notice.topics().get(0).id();
        SystemActor.callAs(fixtures.changchunStaff(), () -> {
            attachments.uploadDeliverable(report, notice.deliverables().get(0).id(), "专项报告.pdf",
                    ecopark.base.filestore.SampleFiles.pdf());
            reports.saveDraft(report, ecopark.report.service.ReportDraft.of(reports.get(report))
                    .withTopicAnswers(java.util.Map.of(topic, "园区推进减污降碳协同增效，实施集中供热和中水回用。")));
            return workflow.submit(report);
        });
        login("cc_staff");
        UI.getCurrent().navigate(ReportEditorView.class, report);

        assertThat(_get(Span.class, spec -> spec.withClasses("revision-notice")).getText())
                .isEqualTo("（按年度通知 " + notice.documentNumber() + " 第 1 版核验）");
        // Submitted: the topic is read-only.
        assertThat(_get(TextArea.class, spec -> spec.withId("topic-" + topic)).isReadOnly()).isTrue();
    }

    @Test
    void a_year_without_a_notice_says_so_in_the_editor() {
        long report = fixtures.completeReport(4423);
        login("cc_staff");
        UI.getCurrent().navigate(ReportEditorView.class, report);

        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withText(
                "4423 年度尚无国家年度通知：没有须附的专项材料和专题；报送截止日期只按本地设置（如有）。"))).isNotNull();
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(TextArea.class,
                spec -> spec.withClasses("topic-area"))).isEmpty();
    }
}
