package ecopark.evaluation.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ecopark.ApplicationTest;
import ecopark.ReportFixtures;
import ecopark.base.domain.BusinessRuleException;
import ecopark.base.i18n.TranslationProvider;
import ecopark.report.service.ReportWorkflow;
import ecopark.security.SignedInUser;
import ecopark.security.SystemActor;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Section 三 as a spreadsheet: the template exported for a report, and its import, all or nothing. Each test uses its
 * own report year (24xx) of the Changchun park, so the statistics it writes are its own.
 */
@ApplicationTest
class SheetWorkbookTest {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    @Autowired SheetWorkbook workbook;
    @Autowired SheetImport importer;
    @Autowired IndicatorSheetService sheets;
    @Autowired StatisticsService statistics;
    @Autowired ReportWorkflow workflow;
    @Autowired ReportFixtures fixtures;
    @Autowired UserDetailsService accounts;

    private long report(int year) {
        return fixtures.completeReport(year);
    }

    private List<YearlyValue> statisticsAround(long reportId) {
        SheetView sheet = sheets.sheet(reportId);
        return statistics.values(sheet.parkId(), 2016, sheet.year());
    }

    @Test
    @WithUserDetails("cc_staff")
    void the_template_has_the_indicator_rows_in_catalogue_order_and_a_column_per_statistics_year() throws IOException {
        long report = report(2401);

        byte[] exported = workbook.export(report, CHINESE).content();
        // Far below the upload limit (the 32-row template exports to about 11 KB).
        assertThat(exported.length).isLessThan(100 * 1024);
        try (XSSFWorkbook book = open(exported)) {
            assertThat(book.getSheetName(0)).isEqualTo("报告信息");
            XSSFSheet indicators = book.getSheet("指标数据");
            assertThat(text(indicators, 1, 0)).isEqualTo("类别");
            assertThat(text(indicators, 1, 7)).isEqualTo("填报值");
            assertThat(text(indicators, 2, 1)).isEqualTo("1");
            assertThat(text(indicators, 33, 1)).isEqualTo("32");
            assertThat(text(indicators, 6, 5)).isEqualTo("必选");
            assertThat(text(indicators, 6, 6)).isEqualTo("是");
            assertThat(indicators.getRow(6).getCell(6).getCellStyle().getLocked()).isTrue();
            assertThat(indicators.getRow(2).getCell(6).getCellStyle().getLocked()).isFalse();
            assertThat(indicators.getRow(6).getCell(7).getNumericCellValue()).isEqualTo(8);
            assertThat(text(indicators, 18, 7)).isEqualTo("是");
            assertThat(indicators.getProtect()).isTrue();
            assertThat(indicators.getDataValidations()).isNotEmpty();

            XSSFSheet statisticsSheet = book.getSheet("统计数据");
            List<String> header = List.of(text(statisticsSheet, 1, 2), text(statisticsSheet, 1, 3),
                    text(statisticsSheet, 1, 4), text(statisticsSheet, 1, 5), text(statisticsSheet, 1, 6),
                    text(statisticsSheet, 1, 7));
            assertThat(header).containsExactly("2016", "2398", "2399", "2400", "2401", "代码");
            assertThat(text(statisticsSheet, 1, 1)).isEqualTo("单位");
            int employees = rowOf(statisticsSheet, 7, "employees");
            assertThat(statisticsSheet.getRow(employees).getCell(6).getNumericCellValue()).isEqualTo(120000);
        }
    }

    @Test
    @WithUserDetails("cc_staff")
    void exporting_and_importing_unchanged_leaves_every_value_as_it_was() {
        long report = report(2403);
        SheetView before = sheets.sheet(report);
        List<YearlyValue> statisticsBefore = statisticsAround(report);

        SheetImportResult result = importer.importWorkbook(report, workbook.export(report, CHINESE).content());

        assertThat(result.problems()).isEmpty();
        assertThat(result.changedEntries()).isZero();
        assertThat(result.changedStatistics()).isZero();
        assertThat(sheets.sheet(report)).isEqualTo(before);
        assertThat(statisticsAround(report)).isEqualTo(statisticsBefore);
    }

    @Test
    @WithUserDetails("cc_staff")
    void an_english_template_imports_as_well() {
        long report = report(2405);
        SheetView before = sheets.sheet(report);

        SheetImportResult result = importer.importWorkbook(report, workbook.export(report, Locale.ENGLISH).content());

        assertThat(result.problems()).isEmpty();
        assertThat(sheets.sheet(report)).isEqualTo(before);
    }

    @Test
    @WithUserDetails("cc_staff")
    void a_filled_template_updates_selection_values_states_and_statistics() {
        // Last year's report exists: adding indicator 15 differs from its selection and needs the reason.
        report(2420);
        long report = report(2421);

        byte[] filled = edit(workbook.export(report, CHINESE).content(), book -> {
            Sheet indicators = book.getSheet("指标数据");
            set(indicators, rowOf(indicators, 1, "15"), 6, "是");
            set(indicators, rowOf(indicators, 1, "32"), 7, 5);
            set(indicators, rowOf(indicators, 1, "22"), 7, "否");
            set(indicators, rowOf(indicators, 1, "29"), 7, "１８.５");
            set(indicators, reasonRow(indicators), 2, "增加工业用水重复利用率");
            Sheet stats = book.getSheet("统计数据");
            set(stats, rowOf(stats, 7, "employees"), 6, 150000);
            set(stats, rowOf(stats, 7, "fresh_water"), 3, "１２００００００");
        });
        SheetImportResult result = importer.importWorkbook(report, filled);

        assertThat(result.problems()).isEmpty();
        assertThat(result.changedEntries()).isEqualTo(4);
        assertThat(result.changedStatistics()).isEqualTo(2);
        SheetView sheet = sheets.sheet(report);
        assertThat(entry(sheet, "15").selected()).isTrue();
        assertThat(entry(sheet, "32").enteredValue()).isEqualByComparingTo("5");
        assertThat(entry(sheet, "22").enteredState()).isFalse();
        assertThat(entry(sheet, "29").enteredValue()).isEqualByComparingTo("18.5");
        assertThat(sheet.selectionChangeReason()).isEqualTo("增加工业用水重复利用率");
        assertThat(statistics.values(sheet.parkId(), 2418, 2421)).extracting(YearlyValue::statistic,
                v -> v.value().stripTrailingZeros().toPlainString(), YearlyValue::year)
                .contains(org.assertj.core.groups.Tuple.tuple("employees", "150000", 2421),
                        org.assertj.core.groups.Tuple.tuple("fresh_water", "12000000", 2418));
        assertThat(sheets.evaluate(report).outcome("22").orElseThrow().verdict()).isEqualTo(Verdict.NOT_MET);
    }

    @Test
    @WithUserDetails("cc_staff")
    void every_wrong_cell_is_listed_with_its_address_and_nothing_changes() {
        long report = report(2407);
        SheetView before = sheets.sheet(report);
        List<YearlyValue> statisticsBefore = statisticsAround(report);

        byte[] wrong = edit(workbook.export(report, CHINESE).content(), book -> {
            Sheet info = book.getSheet("报告信息");
            set(info, 3, 1, 999999);
            set(info, 4, 1, 999999);
            Sheet indicators = book.getSheet("指标数据");
            set(indicators, rowOf(indicators, 1, "5"), 6, "否");
            set(indicators, rowOf(indicators, 1, "5"), 7, 6.5);
            set(indicators, rowOf(indicators, 1, "17"), 7, "可能");
            set(indicators, rowOf(indicators, 1, "32"), 7, "四次");
            set(indicators, rowOf(indicators, 1, "10"), 7, 0.5);
            set(indicators, rowOf(indicators, 1, "31"), 1, "99");
            Sheet stats = book.getSheet("统计数据");
            set(stats, 1, 3, 2030);
            set(stats, rowOf(stats, 7, "employees"), 6, "十二万");
            set(stats, rowOf(stats, 7, "co2_emissions"), 6, -1);
            stats.getRow(rowOf(stats, 7, "energy_consumption")).getCell(6).setBlank();
        });
        SheetImportResult result = importer.importWorkbook(report, wrong);

        assertThat(result.applied()).isFalse();
        assertThat(result.problems()).extracting(SheetImportProblem::cellAddress, SheetImportProblem::messageKey)
                .containsExactlyInAnyOrder(
                        tuple("报告信息!B4", "spreadsheet.import.wrongPark"),
                        tuple("报告信息!B5", "spreadsheet.import.wrongReport"),
                        tuple("指标数据!G7", "evaluation.error.mandatoryNotSelectable"),
                        tuple("指标数据!H7", "entry.error.wholeNumber"),
                        tuple("指标数据!H19", "spreadsheet.import.notYesNo"),
                        tuple("指标数据!H34", "number.error.unit"),
                        tuple("指标数据!H12", "evaluation.error.computedIndicator"),
                        tuple("指标数据!B33", "spreadsheet.import.unknownIndicator"),
                        tuple("指标数据", "spreadsheet.import.missingIndicator"),
                        tuple("统计数据!D2", "spreadsheet.import.yearNotInReport"),
                        tuple("统计数据!G7", "number.error.unit"),
                        tuple("统计数据!G" + (rowOfExported(report, "co2_emissions") + 1),
                                "entry.error.range"),
                        tuple("统计数据!G" + (rowOfExported(report, "energy_consumption") + 1),
                                "spreadsheet.import.cannotClear"));
        assertThat(result.problems()).filteredOn(p -> p.cellAddress().equals("统计数据!G7"))
                .extracting(SheetImportProblem::args).containsExactly(List.of("十二万"));
        SheetImportProblem year = result.problems().stream().filter(p -> p.cellAddress().equals("统计数据!D2"))
                .findFirst().orElseThrow();
        // The report's years as a list in the reader's language.
        assertThat(TranslationProvider.translate(Locale.ENGLISH, year.messageKey(), year.args().toArray()))
                .contains(", ").doesNotContain("、");
        assertThat(TranslationProvider.translate(CHINESE, year.messageKey(), year.args().toArray())).contains("、");
        assertThat(sheets.sheet(report)).isEqualTo(before);
        assertThat(statisticsAround(report)).isEqualTo(statisticsBefore);
    }

    @Test
    @WithUserDetails("cc_staff")
    void a_selection_that_breaks_the_standards_rules_is_refused_at_the_selection_column() {
        long report = report(2409);
        SheetView before = sheets.sheet(report);

        byte[] wrong = edit(workbook.export(report, CHINESE).content(), book -> {
            Sheet indicators = book.getSheet("指标数据");
            for (String code : List.of("2", "6", "8")) {
                set(indicators, rowOf(indicators, 1, code), 6, "否");
            }
        });
        SheetImportResult result = importer.importWorkbook(report, wrong);

        assertThat(result.problems()).extracting(SheetImportProblem::cellAddress, SheetImportProblem::messageKey)
                .contains(tuple("指标数据!G3:G34", "evaluation.check.tooFewOptional"));
        assertThat(sheets.sheet(report)).isEqualTo(before);
    }

    @Test
    @WithUserDetails("cc_staff")
    void a_workbook_of_another_report_is_refused_with_its_year_and_report() {
        long other = report(2411);
        long report = report(2413);

        SheetImportResult result = importer.importWorkbook(report, workbook.export(other, CHINESE).content());

        assertThat(result.problems()).extracting(SheetImportProblem::cellAddress, SheetImportProblem::messageKey)
                .contains(tuple("报告信息!B5", "spreadsheet.import.wrongReport"),
                        tuple("报告信息!B6", "spreadsheet.import.wrongYear"),
                        tuple("统计数据!D2", "spreadsheet.import.yearNotInReport"));
    }

    @Test
    @WithUserDetails("cc_staff")
    void a_file_that_is_not_a_workbook_is_refused() {
        long report = report(2415);

        SheetImportResult result = importer.importWorkbook(report, "不是表格".getBytes(StandardCharsets.UTF_8));

        assertThat(result.problems()).extracting(SheetImportProblem::messageKey)
                .containsExactly("spreadsheet.import.unreadable");
    }

    @Test
    void staff_of_another_park_can_neither_export_nor_import() {
        long report = report(2417);
        byte[] exported = SystemActor.callAs(fixtures.changchunStaff(),
                () -> workbook.export(report, CHINESE).content());

        SystemActor.callAs(user("tj_staff"), () -> {
            assertThatThrownBy(() -> workbook.export(report, CHINESE)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> importer.importWorkbook(report, exported))
                    .isInstanceOf(AccessDeniedException.class);
            return null;
        });
    }

    @Test
    void reviewers_export_but_do_not_import() {
        long report = report(2419);

        SystemActor.callAs(user("cc_reviewer1"), () -> {
            byte[] exported = workbook.export(report, CHINESE).content();
            assertThatThrownBy(() -> importer.importWorkbook(report, exported))
                    .isInstanceOf(AccessDeniedException.class);
            return null;
        });
    }

    @Test
    @WithUserDetails("cc_staff")
    void a_submitted_report_is_not_imported_into() {
        long report = report(2423);
        byte[] exported = workbook.export(report, CHINESE).content();
        workflow.submit(report);

        assertThatThrownBy(() -> importer.importWorkbook(report, exported))
                .isInstanceOf(BusinessRuleException.class)
                .extracting(e -> ((BusinessRuleException) e).messageKey()).isEqualTo("evaluation.error.readOnly");
    }

    @Test
    void numbers_a_double_cannot_hold_are_written_as_text_and_read_back_exactly() throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Row row = book.createSheet().createRow(0);
            Cell large = row.createCell(0);
            SheetWorkbook.number(large, new java.math.BigDecimal("123456789012345678.123456"));
            Cell plain = row.createCell(1);
            SheetWorkbook.number(plain, new java.math.BigDecimal("26.000000"));

            assertThat(large.getCellType()).isEqualTo(CellType.STRING);
            assertThat(SheetImport.number(large).value()).isEqualByComparingTo("123456789012345678.123456");
            assertThat(plain.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(SheetImport.number(plain).value()).isEqualByComparingTo("26");
        }
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    private SignedInUser user(String username) {
        return (SignedInUser) accounts.loadUserByUsername(username);
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }

    private int rowOfExported(long report, String key) {
        try (XSSFWorkbook book = open(workbook.export(report, CHINESE).content())) {
            return rowOf(book.getSheet("统计数据"), 7, key);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static SheetView.Entry entry(SheetView sheet, String code) {
        return sheet.entries().stream().filter(e -> e.code().equals(code)).findFirst().orElseThrow();
    }

    static XSSFWorkbook open(byte[] content) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(content));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The workbook after the change, as a person would save it from Excel. */
    static byte[] edit(byte[] content, Consumer<XSSFWorkbook> change) {
        try (XSSFWorkbook book = open(content); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            change.accept(book);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String text(Sheet sheet, int row, int column) {
        Cell cell = sheet.getRow(row).getCell(column);
        if (cell == null) {
            return "";
        }
        return cell.getCellType() == CellType.NUMERIC
                ? org.apache.poi.ss.util.NumberToTextConverter.toText(cell.getNumericCellValue())
                : cell.getStringCellValue();
    }

    /** The row whose cell in the column holds the text (an indicator number or a statistic's key). */
    static int rowOf(Sheet sheet, int column, String value) {
        for (Row row : sheet) {
            if (row.getRowNum() > 1 && row.getCell(column) != null && value.equals(text(sheet, row.getRowNum(), column))) {
                return row.getRowNum();
            }
        }
        throw new IllegalArgumentException("no row " + value);
    }

    static int reasonRow(Sheet sheet) {
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null && first.getCellType() == CellType.STRING
                    && first.getStringCellValue().equals("指标选择与上年不一致的原因")) {
                return row.getRowNum();
            }
        }
        throw new IllegalArgumentException("no reason row");
    }

    static void set(Sheet sheet, int row, int column, Object value) {
        Row r = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
        Cell cell = r.getCell(column) == null ? r.createCell(column) : r.getCell(column);
        if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else {
            cell.setCellValue(String.valueOf(value));
        }
    }

}
