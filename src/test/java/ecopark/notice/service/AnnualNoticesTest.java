package ecopark.notice.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ecopark.ActingUsers;
import ecopark.ApplicationTest;
import ecopark.base.domain.ConcurrentEditException;
import ecopark.base.domain.FieldProblem;
import ecopark.base.domain.FieldProblemsException;
import ecopark.notice.NoticeFixtures;
import ecopark.security.SystemActor;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Who issues annual notices, the form's rules field by field, and the revision a change counts up. Years 4391–4399. */
@ApplicationTest
class AnnualNoticesTest {

    @Autowired AnnualNotices notices;
    @Autowired NoticeFixtures fixtures;
    @Autowired ActingUsers acting;
    @Autowired ProgrammeNames programmes;

    @Test
    void only_a_manager_of_the_national_office_may_issue_everyone_signed_in_reads() {
        assertThat(SystemActor.callAs(fixtures.nationalManager(), notices::mayIssue)).isTrue();
        // A province's manager, a city's reviewer, park staff and the administrator receive the notice.
        for (String other : List.of("sz_manager", "cc_manager", "cc_reviewer1", "cc_staff", "admin")) {
            assertThat(acting.as(other, notices::mayIssue)).as(other).isFalse();
            assertThatThrownBy(() -> acting.as(other, () -> notices.save(NoticeFixtures.draft(4391,
                    LocalDate.of(4392, 5, 31))))).as(other).isInstanceOf(AccessDeniedException.class);
        }
        fixtures.issue(4391, LocalDate.of(4392, 5, 31));
        for (String reader : List.of("sz_manager", "cc_staff", "admin", "tj_reviewer")) {
            assertThat(acting.as(reader, () -> notices.forYear(4391))).as(reader).isPresent();
        }
    }

    @Test
    void every_broken_rule_is_named_with_its_field_and_nothing_is_saved() {
        NoticeDraft bad = new NoticeDraft(null, 0, 4392, " ", "通知", LocalDate.of(4393, 5, 1),
                LocalDate.of(4393, 4, 1), LocalDate.of(4393, 3, 1),
                List.of(new NoticeView.Deliverable(null, "专项报告", "", List.of(), true),
                        new NoticeView.Deliverable(null, "专项报告", "Special report", List.of("exe"), true)),
                List.of(new NoticeView.Topic(null, "减污降碳", "", 0)));

        assertThatThrownBy(() -> SystemActor.callAs(fixtures.nationalManager(), () -> notices.save(bad)))
                .isInstanceOfSatisfying(FieldProblemsException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::key).containsExactly(
                                org.assertj.core.groups.Tuple.tuple("documentNumber", "validation.required"),
                                org.assertj.core.groups.Tuple.tuple("parksDeadline", "notice.error.deadlineBeforeIssue"),
                                org.assertj.core.groups.Tuple.tuple("provincesDeadline", "notice.error.provincesBeforeParks"),
                                org.assertj.core.groups.Tuple.tuple("deliverable.0.nameEn", "validation.required"),
                                org.assertj.core.groups.Tuple.tuple("deliverable.0.fileKinds", "notice.error.noFileKind"),
                                org.assertj.core.groups.Tuple.tuple("deliverable.1.fileKinds", "notice.error.unknownFileKind"),
                                org.assertj.core.groups.Tuple.tuple("topic.0.prompt", "validation.required"),
                                org.assertj.core.groups.Tuple.tuple("topic.0.minLength", "notice.error.minLength")));
        assertThat(SystemActor.callAs(fixtures.nationalManager(), () -> notices.forYear(4392))).isEmpty();
    }

    @Test
    void one_notice_per_year_and_an_edit_counts_the_revision_and_keeps_the_rows_ids() {
        NoticeView issued = fixtures.issue(4393, LocalDate.of(4394, 5, 31));
        assertThat(issued.revision()).isEqualTo(1);

        assertThatThrownBy(() -> fixtures.issue(4393, LocalDate.of(4394, 6, 30)))
                .isInstanceOfSatisfying(FieldProblemsException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("reportYear"));

        NoticeDraft edit = NoticeDraft.of(issued);
        NoticeView.Topic topic = issued.topics().get(0);
        NoticeView changed = SystemActor.callAs(fixtures.nationalManager(), () -> notices.save(new NoticeDraft(
                edit.id(), edit.expectedVersion(), 4393, edit.documentNumber(), edit.title(), edit.issuedOn(),
                LocalDate.of(4394, 6, 30), LocalDate.of(4394, 7, 31), edit.deliverables(),
                List.of(new NoticeView.Topic(topic.id(), "减污降碳协同增效（修订）", topic.prompt(), 50)))));

        assertThat(changed.revision()).isEqualTo(2);
        assertThat(changed.parksDeadline()).isEqualTo(LocalDate.of(4394, 6, 30));
        assertThat(changed.topics()).extracting(NoticeView.Topic::id, NoticeView.Topic::title)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(topic.id(), "减污降碳协同增效（修订）"));
        // The same edit again started from the old version: refused, not overwritten.
        assertThatThrownBy(() -> SystemActor.callAs(fixtures.nationalManager(), () -> notices.save(edit)))
                .isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void the_programme_has_its_old_name_up_to_the_2025_reports_and_the_new_one_after() {
        assertThat(programmes.forReportYear(2019).nameZh()).isEqualTo("国家生态工业示范园区");
        assertThat(programmes.forReportYear(2025).formTitle(java.util.Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("国家生态工业示范园区建设年度评价报告信息公开表");
        assertThat(programmes.forReportYear(2026).nameZh()).isEqualTo("生态文明建设示范区（生态工业园区）");
        assertThat(programmes.forReportYear(2026).formTitle(java.util.Locale.ENGLISH))
                .isEqualTo("Annual evaluation report of an ecological civilisation demonstration zone "
                        + "(eco-industrial park): disclosure form");
        assertThat(programmes.forReportYear(4391).nameZh()).isEqualTo("生态文明建设示范区（生态工业园区）");
    }
}
