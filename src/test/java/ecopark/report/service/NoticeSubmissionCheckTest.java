package ecopark.report.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ecopark.ApplicationTest;
import ecopark.ReportFixtures;
import ecopark.base.domain.BusinessRuleException;
import ecopark.base.filestore.SampleFiles;
import ecopark.notice.NoticeFixtures;
import ecopark.notice.service.AnnualNotices;
import ecopark.notice.service.NoticeDraft;
import ecopark.notice.service.NoticeView;
import ecopark.report.domain.AnnualReport;
import ecopark.security.SignedInUser;
import ecopark.security.SystemActor;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The annual notice's part of the single submission check: a required deliverable uploaded as that deliverable and of
 * an allowed kind, every topic answered at its minimum length; and a submitted report keeps the notice's revision it
 * met when the notice changes later. Years 4401–4409.
 */
@ApplicationTest
class NoticeSubmissionCheckTest {

    private static final String LONG_ENOUGH = "园区推进减污降碳协同增效，实施集中供热和中水回用。";

    @Autowired ReportFixtures fixtures;
    @Autowired NoticeFixtures notices;
    @Autowired AnnualNotices noticeService;
    @Autowired ReportService reports;
    @Autowired ReportWorkflow workflow;
    @Autowired ReportAttachmentService attachments;

    private <T> T staff(Supplier<T> work) {
        return SystemActor.callAs(fixtures.changchunStaff(), work);
    }

    private void answer(long reportId, long topicId, String text) {
        staff(() -> {
            AnnualReport report = reports.get(reportId);
            return reports.saveDraft(reportId, ReportDraft.of(report).withTopicAnswers(Map.of(topicId, text)));
        });
    }

    private List<String> problemKeys(long reportId) {
        return staff(() -> workflow.submissionProblems(reportId)).stream().map(SubmissionProblem::messageKey).toList();
    }

    @Test
    void a_missing_deliverable_and_an_unwritten_topic_are_named_and_block_submission() {
        NoticeView notice = notices.issue(4401, LocalDate.of(4402, 5, 31));
        long report = fixtures.completeReport(4401);

        List<SubmissionProblem> problems = staff(() -> workflow.submissionProblems(report));
        NoticeView.Deliverable deliverable = notice.deliverables().get(0);
        assertThat(problems).containsExactly(
                SubmissionProblem.of("report.check.deliverableMissing", notice.documentNumber(), deliverable,
                        "pdf / docx"),
                SubmissionProblem.of("report.check.topicMissing", notice.documentNumber(), "减污降碳协同增效", 20));
        assertThat(ecopark.base.i18n.TranslationProvider.translate(java.util.Locale.SIMPLIFIED_CHINESE,
                problems.get(0).messageKey(), problems.get(0).args().toArray()))
                .contains("碳达峰碳中和实施路径专项报告", notice.documentNumber());
        assertThat(ecopark.base.i18n.TranslationProvider.translate(java.util.Locale.ENGLISH,
                problems.get(0).messageKey(), problems.get(0).args().toArray()))
                .contains("Special report on the path to carbon peaking and carbon neutrality");
        assertThatThrownBy(() -> staff(() -> workflow.submit(report))).isInstanceOf(BusinessRuleException.class);
        // A document uploaded as an ordinary attachment is not the deliverable.
        staff(() -> attachments.upload(report, "碳达峰专项报告.pdf", SampleFiles.pdf()));
        assertThat(problemKeys(report)).contains("report.check.deliverableMissing");
    }

    @Test
    void a_file_of_a_kind_the_notice_does_not_allow_is_refused_and_a_changed_notice_names_the_wrong_kind() {
        NoticeView notice = notices.issue(4403, LocalDate.of(4404, 5, 31));
        long deliverable = notice.deliverables().get(0).id();
        long report = fixtures.completeReport(4403);
        answer(report, notice.topics().get(0).id(), LONG_ENOUGH);

        assertThatThrownBy(() -> staff(() -> attachments.uploadDeliverable(report, deliverable, "专项报告.xlsx",
                SampleFiles.xlsx("数据"))))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("report.error.deliverableKind"));
        staff(() -> attachments.uploadDeliverable(report, deliverable, "专项报告.pdf", SampleFiles.pdf()));
        assertThat(problemKeys(report)).isEmpty();

        // The national office then accepts Word only: the uploaded PDF no longer counts, and the check says why.
        NoticeDraft edit = NoticeDraft.of(notice);
        NoticeView.Deliverable d = notice.deliverables().get(0);
        SystemActor.callAs(notices.nationalManager(), () -> noticeService.save(new NoticeDraft(edit.id(),
                edit.expectedVersion(), edit.reportYear(), edit.documentNumber(), edit.title(), edit.issuedOn(),
                edit.parksDeadline(), edit.provincesDeadline(),
                List.of(new NoticeView.Deliverable(d.id(), d.nameZh(), d.nameEn(), List.of("docx"), true)),
                edit.topics())));
        assertThat(problemKeys(report)).containsExactly("report.check.deliverableWrongKind",
                "report.check.deliverableMissing");
    }

    @Test
    void a_topic_shorter_than_its_minimum_is_refused_with_both_lengths() {
        NoticeView notice = notices.issue(4405, LocalDate.of(4406, 5, 31));
        long report = fixtures.completeReport(4405);
        staff(() -> attachments.uploadDeliverable(report, notice.deliverables().get(0).id(), "专项报告.docx",
                SampleFiles.docx("碳达峰碳中和实施路径")));
        answer(report, notice.topics().get(0).id(), "  太短了  ");

        assertThat(staff(() -> workflow.submissionProblems(report))).containsExactly(SubmissionProblem.of(
                "report.check.topicTooShort", notice.documentNumber(), "减污降碳协同增效", 20, 3));
    }

    @Test
    void with_everything_the_notice_asks_for_it_is_submitted_and_keeps_the_notice_it_met() {
        NoticeView notice = notices.issue(4407, LocalDate.of(4408, 5, 31));
        long report = fixtures.completeReport(4407);
        long topic = notice.topics().get(0).id();
        staff(() -> attachments.uploadDeliverable(report, notice.deliverables().get(0).id(), "专项报告.pdf",
                SampleFiles.pdf()));
        answer(report, topic, LONG_ENOUGH);
        assertThat(staff(() -> reports.topicAnswers(report))).containsEntry(topic, LONG_ENOUGH);

        assertThat(staff(() -> workflow.submissionProblems(report))).isEmpty();
        RevisionView revision = staff(() -> workflow.submit(report));

        // A later edit of the notice (a longer minimum, a new topic) changes neither the submission nor its record.
        NoticeDraft edit = NoticeDraft.of(notice);
        SignedInUser office = notices.nationalManager();
        NoticeView changed = SystemActor.callAs(office, () -> noticeService.save(new NoticeDraft(edit.id(),
                edit.expectedVersion(), edit.reportYear(), edit.documentNumber(), edit.title(), edit.issuedOn(),
                edit.parksDeadline(), edit.provincesDeadline(), edit.deliverables(),
                List.of(new NoticeView.Topic(topic, "减污降碳协同增效", "更详细地说明。", 500),
                        new NoticeView.Topic(null, "复查问题整改情况", "说明复查发现问题的整改。", 100)))));
        assertThat(changed.revision()).isEqualTo(2);

        RevisionView kept = staff(() -> workflow.revision(report, revision.number()));
        NoticeRecord record = kept.form().notice();
        assertThat(record.noticeId()).isEqualTo(notice.id());
        assertThat(record.revision()).isEqualTo(1);
        assertThat(record.topics()).extracting(NoticeRecord.TopicAnswer::title, NoticeRecord.TopicAnswer::minLength,
                NoticeRecord.TopicAnswer::answer)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("减污降碳协同增效", 20, LONG_ENOUGH));
        assertThat(record.deliverables()).extracting(NoticeRecord.DeliveredFile::fileName).containsExactly("专项报告.pdf");
        assertThat(staff(() -> reports.get(report)).getStatus().isEditable()).isFalse();
    }
}
