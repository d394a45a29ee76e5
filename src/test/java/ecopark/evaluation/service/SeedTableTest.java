package ecopark.evaluation.service;

import static org.assertj.core.api.Assertions.assertThat;

import ecopark.ApplicationTest;
import ecopark.report.service.ReportListItem;
import ecopark.report.service.ReportService;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The demo's 2019 Changchun report, evaluated from its statistics and entries by the services, gives exactly the
 * published table (section 三 of the seed form, as reference/hj274-2015-indicators.tsv lists it): the same rows
 * assessed (必选 / 是 / 否) and every assessed row met (是), the others "-".
 */
@ApplicationTest
class SeedTableTest {

    @Autowired ReportService reports;
    @Autowired IndicatorSheetService sheets;

    /** Indicator → {是否为考核指标, 是否达标} as the seed form prints them. */
    static Map<String, String[]> seedTable() throws IOException {
        Map<String, String[]> rows = new LinkedHashMap<>();
        try (InputStream in = SeedTableTest.class.getResourceAsStream("/evaluation/changchun-2019-table.tsv")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            text.lines().skip(1).map(l -> l.split("\t")).forEach(c -> rows.put(c[0], new String[] {c[1], c[2]}));
        }
        return rows;
    }

    private long changchun2019() {
        return reports.findVisible(Pageable.unpaged()).stream().filter(r -> r.year() == 2019)
                .map(ReportListItem::id).findFirst().orElseThrow();
    }

    @Test
    @WithUserDetails("cc_staff")
    void the_demo_report_evaluates_to_the_published_table() throws IOException {
        EvaluationResult result = sheets.evaluate(changchun2019());

        Map<String, String[]> expected = seedTable();
        assertThat(result.outcomes()).hasSize(32);
        for (IndicatorOutcome outcome : result.outcomes()) {
            String[] row = expected.get(outcome.code());
            String assessed = outcome.indicator().isMandatory() ? "必选" : outcome.assessed() ? "是" : "否";
            String met = switch (outcome.verdict()) {
                case MET -> "是";
                case NOT_MET -> "否";
                case NOT_ASSESSED -> "-";
                default -> outcome.verdict().name() + " " + outcome.reasonKey() + " " + outcome.missing();
            };
            assertThat(new String[] {assessed, met}).as("indicator " + outcome.code()).containsExactly(row);
        }
        assertThat(result.summary()).isEqualTo(new EvaluationSummary(24, 24, 0, 0, 0));
    }

    @Test
    @WithUserDetails("cc_reviewer1")
    void the_computed_values_are_those_of_the_demo_statistics() {
        EvaluationResult result = sheets.evaluate(changchun2019());

        Map<String, String> shown = result.assessed().stream().filter(o -> o.value() != null)
                .collect(Collectors.toMap(IndicatorOutcome::code, o -> o.displayValue().toPlainString()));
        assertThat(shown).containsEntry("2", "20.00").containsEntry("6", "92.00").containsEntry("8", "9.23")
                .containsEntry("10", "0.207").containsEntry("11", "0.420").containsEntry("13", "0.240")
                .containsEntry("14", "5.20").containsEntry("26", "4.35").containsEntry("27", "4.10")
                .containsEntry("28", "0.085");
        IndicatorOutcome energy = result.outcome("10").orElseThrow();
        assertThat(energy.threshold().basis()).isEqualTo(ThresholdBasis.VALUE_ADDED_GROWING);
        assertThat(energy.inputs()).extracting(Input::year).containsOnly(2016, 2019);
        assertThat(energy.derived()).extracting(d -> d.value().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString())
                .containsExactly("3.73", "0.77");
    }

    @Test
    @WithUserDetails("cc_staff")
    void the_demo_report_may_be_submitted_as_far_as_section_three_goes() {
        SubmissionCheck check = sheets.checkSubmission(changchun2019());

        assertThat(check.reasons()).isEmpty();
        assertThat(check.mayBeSubmitted()).isTrue();
    }

    @Test
    @WithUserDetails("cc_staff")
    void the_sheet_keeps_the_standard_version_it_was_made_with() {
        SheetView sheet = sheets.sheet(changchun2019());

        assertThat(sheet.standardCode()).isEqualTo("HJ 274-2015");
        assertThat(sheet.entries()).hasSize(32);
        List<String> selected = sheet.entries().stream().filter(SheetView.Entry::selected).map(SheetView.Entry::code)
                .toList();
        assertThat(selected).hasSize(24).contains("2", "6", "8", "11", "14", "27", "28");
    }
}
