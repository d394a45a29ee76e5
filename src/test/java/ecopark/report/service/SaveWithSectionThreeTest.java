package ecopark.report.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ecopark.ActingUsers;
import ecopark.ApplicationTest;
import ecopark.ReportFixtures;
import ecopark.base.domain.FieldProblem;
import ecopark.base.domain.FieldProblemsException;
import ecopark.evaluation.service.IndicatorSheetService;
import ecopark.evaluation.service.SheetEdits;
import ecopark.evaluation.service.StatisticEdit;
import ecopark.evaluation.service.StatisticsService;
import ecopark.evaluation.service.YearlyValue;
import ecopark.report.domain.AnnualReport;
import ecopark.report.domain.NarrativeSection;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The report's one save through the services: sections 一 and 二 and section 三's edits in one transaction, checked
 * first and stored all or nothing. Not @Transactional, so the rollback of a refused save is the real one. Years
 * 3445–3495 of the editor's range.
 */
@ApplicationTest
class SaveWithSectionThreeTest {

    @Autowired ReportService reports;
    @Autowired IndicatorSheetService sheets;
    @Autowired StatisticsService statistics;
    @Autowired ReportFixtures fixtures;
    @Autowired ActingUsers acting;

    private Optional<BigDecimal> stored(String key, int year) {
        long park = fixtures.changchunStaff().parkId();
        return acting.as("cc_staff", () -> statistics.values(park, year, year)).stream()
                .filter(v -> v.statistic().equals(key)).map(YearlyValue::value).findFirst();
    }

    private static SheetEdits statisticsOnly(StatisticEdit... edits) {
        return new SheetEdits(Map.of(), Map.of(), null, List.of(edits));
    }

    private AnnualReport save(long report, String problems, SheetEdits edits) {
        return acting.as("cc_staff", () -> {
            AnnualReport current = reports.get(report);
            return reports.saveDraft(report, ReportDraft.of(current)
                    .withNarratives(Map.of(NarrativeSection.PROBLEMS, problems)), edits);
        });
    }

    @Test
    void one_refused_year_refuses_the_whole_save_and_names_every_refused_cell() {
        long report = fixtures.completeReport(3445);

        assertThatThrownBy(() -> save(report, "不应保存", statisticsOnly(
                new StatisticEdit(3444, "employees", new BigDecimal("118000")),
                new StatisticEdit(3445, "employees", new BigDecimal("-1")),
                new StatisticEdit(3443, "fresh_water", new BigDecimal("0.1234567")))))
                .isInstanceOfSatisfying(FieldProblemsException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field)
                        .containsExactly("statistic:employees:3445", "statistic:fresh_water:3443"));

        assertThat(stored("employees", 3444)).isEmpty();
        assertThat(stored("employees", 3445)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("120000"));
        assertThat(acting.as("cc_staff", () -> reports.get(report)).narrative(NarrativeSection.PROBLEMS))
                .isNotEqualTo("不应保存");
    }

    @Test
    void a_refused_indicator_value_refuses_the_statistics_saved_with_it() {
        long report = fixtures.completeReport(3455);
        SheetEdits edits = new SheetEdits(Map.of("32", new BigDecimal("2.5")), Map.of(), null,
                List.of(new StatisticEdit(3455, "employees", new BigDecimal("99000"))));

        assertThatThrownBy(() -> save(report, "文字", edits))
                .isInstanceOfSatisfying(FieldProblemsException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("value:32"));
        assertThat(stored("employees", 3455)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("120000"));
    }

    @Test
    void statistics_of_several_years_are_recorded_and_an_emptied_one_is_deleted_with_the_text() {
        long report = fixtures.completeReport(3465);

        save(report, "已保存的文字", statisticsOnly(new StatisticEdit(3463, "employees", new BigDecimal("110000")),
                new StatisticEdit(3464, "employees", new BigDecimal("115000")),
                new StatisticEdit(3465, "employees", null)));

        assertThat(stored("employees", 3463)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("110000"));
        assertThat(stored("employees", 3464)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("115000"));
        assertThat(stored("employees", 3465)).isEmpty();
        assertThat(acting.as("cc_staff", () -> reports.get(report)).narrative(NarrativeSection.PROBLEMS))
                .isEqualTo("已保存的文字");
    }

    @Test
    void a_year_the_report_does_not_use_is_refused() {
        long report = fixtures.completeReport(3475);

        assertThatThrownBy(() -> save(report, "文字", statisticsOnly(
                new StatisticEdit(3476, "employees", new BigDecimal("1")))))
                .isInstanceOfSatisfying(FieldProblemsException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("editor.error.statisticYear"));
        assertThat(stored("employees", 3476)).isEmpty();
    }

    @Test
    void the_preview_evaluates_pending_statistics_without_storing_them() {
        long report = fixtures.completeReport(3485);
        BigDecimal before = acting.as("cc_staff", () -> sheets.evaluate(report)).outcome("2").orElseThrow().value();

        BigDecimal previewed = acting.as("cc_staff", () -> sheets.preview(report, statisticsOnly(
                new StatisticEdit(3485, "employees", new BigDecimal("60000"))))).result().outcome("2").orElseThrow()
                .value();

        assertThat(previewed).isNotEqualByComparingTo(before);
        assertThat(stored("employees", 3485)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("120000"));
    }

    @Test
    void reviewers_cannot_save_section_three() {
        long report = fixtures.completeReport(3495);

        assertThatThrownBy(() -> acting.as("cc_reviewer1", () -> sheets.apply(report, statisticsOnly(
                new StatisticEdit(3495, "employees", new BigDecimal("1"))))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(stored("employees", 3495)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("120000"));
    }
}
