package ecopark.report.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ecopark.ActingUsers;
import ecopark.ApplicationTest;
import ecopark.ReportFixtures;
import ecopark.base.filestore.SampleFiles;
import ecopark.evaluation.service.IndicatorSheetService;
import ecopark.evaluation.service.SheetImport;
import ecopark.evaluation.service.SheetWorkbook;
import ecopark.evaluation.service.StatisticsService;
import ecopark.report.domain.AnnualReport;
import ecopark.report.domain.NarrativeSection;
import ecopark.report.domain.ReportStatus;
import ecopark.security.SystemActor;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * docs/product.md's rule for reports: the park's staff draft, edit, import, submit, withdraw and correct; administrators,
 * reviewers and managers read; staff of another park reach nothing. The service refuses what the rule forbids and
 * answers {@link ReportActions} accordingly. Report years 3701–3749 (Changchun).
 */
@ApplicationTest
class ReportAccessTest {

    private static final ReportActions DRAFTING = new ReportActions(true, true, false, false);

    @Autowired ReportFixtures fixtures;
    @Autowired ActingUsers acting;
    @Autowired ReportService reports;
    @Autowired ReportWorkflow workflow;
    @Autowired ReportAttachmentService attachments;
    @Autowired IndicatorSheetService sheets;
    @Autowired StatisticsService statistics;
    @Autowired SheetWorkbook workbook;
    @Autowired SheetImport importer;
    @Autowired JdbcTemplate jdbc;

    private long changchun() {
        return fixtures.changchunStaff().parkId();
    }

    private ReportStatus status(long report) {
        return SystemActor.call(() -> reports.get(report).getStatus());
    }

    private void assertDenied(String username, Runnable action) {
        assertThatThrownBy(() -> acting.as(username, action)).as(username).isInstanceOf(AccessDeniedException.class);
    }

    /** Every way of changing a draft, as the given account: each must be refused. */
    private void assertCannotDraft(String username, long report) {
        AnnualReport read = SystemActor.call(() -> reports.get(report));
        byte[] filled = acting.as("cc_staff", () -> workbook.export(report, Locale.SIMPLIFIED_CHINESE).content());
        assertDenied(username, () -> reports.create(changchun(), 3749));
        assertDenied(username, () -> reports.saveDraft(report, ReportDraft.of(read)
                .withNarratives(Map.of(NarrativeSection.INTRODUCTION, username + " 改写"))));
        assertDenied(username, () -> reports.requireDraftable(report));
        assertDenied(username, () -> workflow.submit(report));
        assertDenied(username, () -> attachments.upload(report, "方案.pdf", SampleFiles.pdf()));
        assertDenied(username, () -> sheets.enterValue(report, "5", BigDecimal.TEN));
        assertDenied(username, () -> sheets.select(report, Set.of("2", "6", "8", "11", "14", "27", "28"), "x"));
        assertDenied(username, () -> statistics.record(changchun(), 3701, Map.of("employees", BigDecimal.ONE)));
        assertDenied(username, () -> importer.importWorkbook(report, filled));
    }

    @Test
    void administrators_read_a_draft_but_never_draft_edit_import_or_submit_it() {
        long report = fixtures.completeReport(3701);

        assertThat(acting.as("admin", () -> reports.get(report).getYear())).isEqualTo(3701);
        assertThat(acting.as("admin", () -> reports.history(report))).isNotEmpty();
        assertThat(acting.as("admin", () -> sheets.evaluate(report).outcomes())).isNotEmpty();
        assertThat(acting.as("admin", () -> reports.actionsOn(report))).isEqualTo(ReportActions.NONE);
        assertThat(acting.as("admin", () -> reports.parkToDraftFor())).isEmpty();
        assertCannotDraft("admin", report);
        assertThat(status(report)).isEqualTo(ReportStatus.DRAFT);
    }

    @Test
    void reviewers_managers_and_staff_of_another_park_cannot_draft_either() {
        long report = fixtures.completeReport(3703);

        for (String username : new String[] {"cc_reviewer1", "cc_manager"}) {
            assertThat(acting.as(username, () -> reports.actionsOn(report))).isEqualTo(ReportActions.NONE);
            assertCannotDraft(username, report);
        }
        assertDenied("tj_staff", () -> reports.actionsOn(report));
        assertCannotDraft("tj_staff", report);
    }

    @Test
    void the_parks_staff_draft_submit_and_withdraw_and_the_actions_follow_the_status() {
        long report = fixtures.completeReport(3705);
        assertThat(acting.as("cc_staff", () -> reports.actionsOn(report))).isEqualTo(DRAFTING);
        assertThat(acting.as("cc_staff", () -> reports.parkToDraftFor())).contains(changchun());

        acting.as("cc_staff", () -> workflow.submit(report));
        assertThat(acting.as("cc_staff", () -> reports.actionsOn(report)))
                .isEqualTo(new ReportActions(false, false, true, false));
        assertThat(acting.as("admin", () -> reports.actionsOn(report))).isEqualTo(ReportActions.NONE);
        assertDenied("admin", () -> workflow.withdraw(report));
        assertDenied("tj_staff", () -> workflow.withdraw(report));
        assertDenied("cc_manager", () -> workflow.withdraw(report));
        assertThat(status(report)).isEqualTo(ReportStatus.SUBMITTED);

        acting.as("cc_staff", () -> workflow.withdraw(report));
        assertThat(status(report)).isEqualTo(ReportStatus.DRAFT);
        assertThat(acting.as("cc_staff", () -> reports.actionsOn(report))).isEqualTo(DRAFTING);
    }

    @Test
    void only_the_parks_staff_start_the_correction_of_a_published_report() {
        long report = fixtures.completeReport(3707);
        jdbc.update("update annual_report set status = 'PUBLISHED' where id = ?", report);

        assertThat(acting.as("cc_staff", () -> reports.actionsOn(report)))
                .isEqualTo(new ReportActions(false, false, false, true));
        assertThat(acting.as("admin", () -> reports.actionsOn(report))).isEqualTo(ReportActions.NONE);
        for (String username : new String[] {"admin", "tj_staff", "cc_reviewer1", "cc_manager"}) {
            assertDenied(username, () -> workflow.startCorrection(report));
        }
        assertThat(status(report)).isEqualTo(ReportStatus.PUBLISHED);

        acting.as("cc_staff", () -> workflow.startCorrection(report));
        assertThat(status(report)).isEqualTo(ReportStatus.DRAFT);
    }

    @Test
    void process_steps_are_the_system_actors_alone() {
        long report = fixtures.completeReport(3709);

        for (String username : new String[] {"admin", "cc_staff", "cc_reviewer1", "cc_manager"}) {
            assertDenied(username, () -> workflow.moveTo(report, ReportStatus.RETURNED, null));
            assertDenied(username, () -> workflow.publish(report, 1));
        }
        assertThat(status(report)).isEqualTo(ReportStatus.DRAFT);

        SystemActor.run(() -> workflow.moveTo(report, ReportStatus.RETURNED, null));
        assertThat(status(report)).isEqualTo(ReportStatus.RETURNED);
        assertThat(acting.as("cc_staff", () -> reports.actionsOn(report))).isEqualTo(DRAFTING);
    }
}
