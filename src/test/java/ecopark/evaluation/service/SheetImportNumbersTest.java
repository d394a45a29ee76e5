package ecopark.evaluation.service;

import static ecopark.evaluation.service.SheetWorkbookTest.edit;
import static ecopark.evaluation.service.SheetWorkbookTest.rowOf;
import static ecopark.evaluation.service.SheetWorkbookTest.set;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import ecopark.ApplicationTest;
import ecopark.ReportFixtures;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Numbers of an imported section 三 workbook are taken exactly or refused with their cell: typed text through the one
 * number parser, numeric cells as Excel shows them, formulas only with a stored result, every value in its catalogue
 * range — and with any refusal nothing changes. Report years 3501–3519 of the Changchun park.
 */
@ApplicationTest
class SheetImportNumbersTest {

    private static final int REPORT_YEAR_COLUMN = 6;
    private static final int VALUE = 7;

    @Autowired SheetWorkbook workbook;
    @Autowired SheetImport importer;
    @Autowired IndicatorSheetService sheets;
    @Autowired StatisticsService statistics;
    @Autowired ReportFixtures fixtures;

    @Test
    @WithUserDetails("cc_staff")
    void typed_numbers_are_read_by_the_number_parser_full_width_digits_included() {
        long report = fixtures.completeReport(3501);

        SheetImportResult result = importer.importWorkbook(report, filled(report, indicators -> {
            set(indicators, rowOf(indicators, 1, "32"), VALUE, "１２");
            set(indicators, rowOf(indicators, 1, "29"), VALUE, " 18.25 ");
        }, stats -> set(stats, rowOf(stats, 7, "employees"), REPORT_YEAR_COLUMN, "１３００００")));

        assertThat(result.problems()).isEmpty();
        assertThat(entered(report, "32")).isEqualByComparingTo("12");
        assertThat(entered(report, "29")).isEqualByComparingTo("18.25");
        assertThat(statistic(3501, "employees")).isEqualByComparingTo("130000");
    }

    @Test
    @WithUserDetails("cc_staff")
    void separators_exponents_and_units_are_refused_with_their_cell_and_the_reason_and_nothing_changes() {
        long report = fixtures.completeReport(3503);
        SheetView before = sheets.sheet(report);
        List<YearlyValue> statisticsBefore = statistics.values(before.parkId(), 3503, 3503);

        SheetImportResult result = importer.importWorkbook(report, filled(report, indicators -> {
            set(indicators, rowOf(indicators, 1, "32"), VALUE, "1,000");
            set(indicators, rowOf(indicators, 1, "29"), VALUE, "17.6%");
            set(indicators, rowOf(indicators, 1, "5"), VALUE, "9");
        }, stats -> {
            set(stats, rowOf(stats, 7, "employees"), REPORT_YEAR_COLUMN, "1e10");
            set(stats, rowOf(stats, 7, "fresh_water"), REPORT_YEAR_COLUMN, "1200 万立方米");
            set(stats, rowOf(stats, 7, "energy_consumption"), REPORT_YEAR_COLUMN, "100800");
        }));

        assertThat(result.applied()).isFalse();
        assertThat(result.problems()).extracting(SheetImportProblem::cellAddress, SheetImportProblem::messageKey)
                .containsExactlyInAnyOrder(
                        tuple("指标数据!H34", "number.error.separator"),
                        tuple("指标数据!H31", "number.error.unit"),
                        tuple(statisticCell(report, "employees"), "number.error.exponent"),
                        tuple(statisticCell(report, "fresh_water"), "number.error.space"));
        assertThat(sheets.sheet(report)).isEqualTo(before);
        assertThat(statistics.values(before.parkId(), 3503, 3503)).isEqualTo(statisticsBefore);
    }

    @Test
    @WithUserDetails("cc_staff")
    void numeric_cells_are_taken_exactly_as_excel_shows_them() {
        long report = fixtures.completeReport(3505);

        SheetImportResult result = importer.importWorkbook(report, filled(report,
                indicators -> set(indicators, rowOf(indicators, 1, "29"), VALUE, 0.1 + 0.2),
                stats -> {
                    set(stats, rowOf(stats, 7, "industrial_land_area"), REPORT_YEAR_COLUMN, 26.123456);
                    set(stats, rowOf(stats, 7, "industrial_output"), REPORT_YEAR_COLUMN, 9020000.1);
                }));

        assertThat(result.problems()).isEmpty();
        // 0.1 + 0.2 is 0.30000000000000004 as a double; Excel shows (and means) 0.3.
        assertThat(entered(report, "29")).isEqualByComparingTo("0.3");
        assertThat(statistic(3505, "industrial_land_area")).isEqualByComparingTo("26.123456");
        assertThat(statistic(3505, "industrial_output")).isEqualByComparingTo("9020000.1");
    }

    @Test
    @WithUserDetails("cc_staff")
    void a_formula_without_a_stored_result_is_refused_with_its_cell_instead_of_imported_as_zero() {
        long report = fixtures.completeReport(3507);
        SheetView before = sheets.sheet(report);

        SheetImportResult result = importer.importWorkbook(report, filled(report,
                indicators -> formula(indicators, rowOf(indicators, 1, "32"), VALUE, "2+3"),
                stats -> formula(stats, rowOf(stats, 7, "employees"), REPORT_YEAR_COLUMN, "100000+20000")));

        assertThat(result.applied()).isFalse();
        assertThat(result.problems()).extracting(SheetImportProblem::cellAddress, SheetImportProblem::messageKey,
                        SheetImportProblem::args)
                .containsExactlyInAnyOrder(
                        tuple("指标数据!H34", "entry.import.formulaWithoutValue", List.of("=2+3")),
                        tuple(statisticCell(report, "employees"), "entry.import.formulaWithoutValue",
                                List.of("=100000+20000")));
        assertThat(sheets.sheet(report)).isEqualTo(before);
    }

    @Test
    @WithUserDetails("cc_staff")
    void a_formula_with_its_stored_result_is_imported_as_that_result() {
        long report = fixtures.completeReport(3509);

        SheetImportResult result = importer.importWorkbook(report, filled(report, indicators -> {
            Cell cell = formula(indicators, rowOf(indicators, 1, "32"), VALUE, "2+3");
            indicators.getWorkbook().getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(cell);
        }, stats -> { }));

        assertThat(result.problems()).isEmpty();
        assertThat(entered(report, "32")).isEqualByComparingTo("5");
    }

    @Test
    @WithUserDetails("cc_staff")
    void values_outside_the_catalogue_range_are_refused_with_the_range() {
        long report = fixtures.completeReport(3511);
        SheetView before = sheets.sheet(report);

        SheetImportResult result = importer.importWorkbook(report, filled(report, indicators -> {
            set(indicators, rowOf(indicators, 1, "29"), VALUE, 10_000_000_000d);
            set(indicators, rowOf(indicators, 1, "5"), VALUE, "6.5");
        }, stats -> {
            set(stats, rowOf(stats, 7, "employees"), REPORT_YEAR_COLUMN, "120000.5");
            set(stats, rowOf(stats, 7, "industrial_output"), REPORT_YEAR_COLUMN, 1e20);
        }));

        assertThat(result.applied()).isFalse();
        assertThat(result.problems()).extracting(SheetImportProblem::cellAddress, SheetImportProblem::messageKey)
                .containsExactlyInAnyOrder(
                        tuple("指标数据!H31", "entry.error.range"),
                        tuple("指标数据!H7", "entry.error.wholeNumber"),
                        tuple(statisticCell(report, "employees"), "entry.error.wholeNumber"),
                        tuple(statisticCell(report, "industrial_output"), "entry.error.range"));
        SheetImportProblem coverage = result.problems().stream()
                .filter(p -> p.cellAddress().equals("指标数据!H31")).findFirst().orElseThrow();
        assertThat(coverage.args()).containsExactly(new LocalizedText("绿化覆盖率", "Green coverage rate"), "0", "100",
                new LocalizedText("%", "%"), "10000000000");
        assertThat(sheets.sheet(report)).isEqualTo(before);
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    private byte[] filled(long report, java.util.function.Consumer<Sheet> indicators,
            java.util.function.Consumer<Sheet> stats) {
        return edit(workbook.export(report, Locale.SIMPLIFIED_CHINESE).content(), book -> {
            indicators.accept(book.getSheet("指标数据"));
            stats.accept(book.getSheet("统计数据"));
        });
    }

    /** A formula as tools that do not calculate (scripts, some converters) write it: without a stored result. */
    private static Cell formula(Sheet sheet, int row, int column, String formula) {
        Cell cell = sheet.getRow(row).getCell(column) == null ? sheet.getRow(row).createCell(column)
                : sheet.getRow(row).getCell(column);
        cell.setBlank();
        cell.setCellFormula(formula);
        return cell;
    }

    private String statisticCell(long report, String key) {
        try (var book = SheetWorkbookTest.open(workbook.export(report, Locale.SIMPLIFIED_CHINESE).content())) {
            return "统计数据!G" + (rowOf(book.getSheet("统计数据"), 7, key) + 1);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private BigDecimal entered(long report, String code) {
        return sheets.sheet(report).entries().stream().filter(e -> e.code().equals(code)).findFirst().orElseThrow()
                .enteredValue();
    }

    private BigDecimal statistic(int year, String key) {
        long park = fixtures.changchunStaff().parkId();
        return statistics.values(park, year, year).stream().filter(v -> v.statistic().equals(key)).findFirst()
                .orElseThrow().value();
    }
}
