package ecopark.evaluation.service;

import static ecopark.evaluation.service.SheetWorkbookTest.edit;
import static ecopark.hostile.HostileWorkbooks.EXCEL_CELL_CHARS;
import static ecopark.hostile.HostileWorkbooks.EXCEL_COLUMNS;
import static ecopark.hostile.HostileWorkbooks.EXCEL_ROWS;
import static org.assertj.core.api.Assertions.assertThat;

import ecopark.ApplicationTest;
import ecopark.ReportFixtures;
import ecopark.hostile.Bounded;
import ecopark.hostile.HostileWorkbooks;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Every kind of hostile or malformed .xlsx given to the section 三 import: refused with one translated reason that
 * names the sheet or cell where there is one, within seconds and a bounded amount of memory, and the report's sheet
 * is exactly as before. Report years 4101–4109.
 */
@ApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SheetImportHostileWorkbooksTest {

    private static final String INDICATORS = "指标数据";

    @Autowired SheetWorkbook workbook;
    @Autowired SheetImport importer;
    @Autowired IndicatorSheetService sheets;
    @Autowired ReportFixtures fixtures;

    private long report;
    private byte[] template;

    private long report() {
        if (template == null) {
            report = fixtures.completeReport(4101);
            template = workbook.export(report, Locale.SIMPLIFIED_CHINESE).content();
        }
        return report;
    }

    /** A hostile variant of the template, what the import must answer first, and where. */
    record Hostile(String name, Function<byte[], byte[]> make, String key, String where) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> hostileFiles() {
        return Stream.of(
                new Hostile("zip bomb: the indicator sheet inflates to 2 GB",
                        t -> HostileWorkbooks.gigabyteSheet(t, part(t, INDICATORS), 2), "filecheck.workbook.zipBomb",
                        ""),
                new Hostile("a million rows", t -> HostileWorkbooks.withSheetPart(t, part(t, INDICATORS),
                        HostileWorkbooks.rows(EXCEL_ROWS)), "filecheck.workbook.tooManyRows", INDICATORS),
                new Hostile("16 384 columns", t -> HostileWorkbooks.withSheetXml(t, part(t, INDICATORS),
                        xml -> xml.replace("</sheetData>", wideRow() + "</sheetData>")),
                        "filecheck.workbook.tooManyColumns", INDICATORS),
                new Hostile("a DDE command formula without a result", t -> formula(t, "cmd|' /C calc'!A0", null),
                        SheetImport.FORMULA_WITHOUT_VALUE, INDICATORS + "!H"),
                new Hostile("an external reference without a result", t -> formula(t, "[1]Sheet1!A1", null),
                        SheetImport.FORMULA_WITHOUT_VALUE, INDICATORS + "!H"),
                new Hostile("a Word document renamed .xlsx", t -> HostileWorkbooks.docx(),
                        "spreadsheet.import.unreadable", ""),
                new Hostile("random bytes", t -> HostileWorkbooks.randomBytes(64 * 1024),
                        "spreadsheet.import.unreadable", ""),
                new Hostile("a truncated file", HostileWorkbooks::truncated, "spreadsheet.import.unreadable", ""),
                new Hostile("a password-protected workbook", HostileWorkbooks::encrypted,
                        "filecheck.workbook.encrypted", ""),
                new Hostile("an Excel 97-2003 .xls", t -> HostileWorkbooks.xls(), "filecheck.workbook.legacyXls", ""),
                new Hostile("billion laughs in the sheet XML", t -> HostileWorkbooks.withSheetXml(t,
                        part(t, INDICATORS), HostileWorkbooks::billionLaughs), "filecheck.workbook.doctype", ""),
                new Hostile("a 32 767-character value", t -> value(t, "8".repeat(EXCEL_CELL_CHARS)),
                        "number.error.tooLong", INDICATORS + "!H"),
                new Hostile("a value with a right-to-left override", t -> value(t, "8\u202E"),
                        "text.error.control", INDICATORS + "!H"))
                .map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileFiles")
    @WithUserDetails("cc_staff")
    void a_hostile_workbook_is_refused_with_a_translated_reason_quickly_and_nothing_changes(Hostile hostile) {
        long id = report();
        SheetView before = sheets.sheet(id);
        byte[] file = hostile.make().apply(template);

        Bounded.Measured<SheetImportResult> measured = Bounded.run(() -> importer.importWorkbook(id, file))
                .withinBounds(hostile.name());

        SheetImportResult result = measured.result();
        assertThat(result.applied()).isFalse();
        assertThat(result.problems()).isNotEmpty();
        assertThat(result.problems().get(0).messageKey()).isEqualTo(hostile.key());
        assertThat(result.problems().get(0).cellAddress()).startsWith(hostile.where());
        result.problems().forEach(p -> Bounded.assertTranslated(p.messageKey(), p.args().toArray()));
        assertThat(sheets.sheet(id)).isEqualTo(before);
    }

    @Test
    @WithUserDetails("cc_staff")
    void formulas_with_a_stored_result_import_the_result_never_the_formula_whatever_it_refers_to() {
        long id = fixtures.completeReport(4102);
        byte[] exported = workbook.export(id, Locale.SIMPLIFIED_CHINESE).content();
        // The DDE command and the external reference are never evaluated: only the result Excel stored counts.
        byte[] file = formula(exported, "cmd|' /C calc'!A0", "9");

        SheetImportResult result = importer.importWorkbook(id, file);

        assertThat(result.problems()).isEmpty();
        assertThat(sheets.sheet(id).entries()).filteredOn(e -> e.code().equals("5")).singleElement()
                .satisfies(e -> assertThat(e.enteredValue()).isEqualByComparingTo(BigDecimal.valueOf(9)));
        byte[] external = formula(workbook.export(id, Locale.SIMPLIFIED_CHINESE).content(), "[1]Sheet1!A1", "10");
        assertThat(importer.importWorkbook(id, external).problems()).isEmpty();
        assertThat(sheets.sheet(id).entries()).filteredOn(e -> e.code().equals("5")).singleElement()
                .satisfies(e -> assertThat(e.enteredValue()).isEqualByComparingTo(BigDecimal.TEN));
    }

    /** The part name (without the leading slash) of a sheet. */
    static String part(byte[] xlsx, String sheet) {
        try (XSSFWorkbook book = SheetWorkbookTest.open(xlsx)) {
            return book.getSheet(sheet).getPackagePart().getPartName().getName().substring(1);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A row far below the table that reaches Excel's last column. */
    private static String wideRow() {
        StringBuilder row = new StringBuilder("<row r=\"900\">");
        for (int c = 0; c < EXCEL_COLUMNS; c++) {
            row.append("<c r=\"").append(columnName(c)).append("900\"><v>").append(c).append("</v></c>");
        }
        return row.append("</row>").toString();
    }

    private static String columnName(int index) {
        StringBuilder name = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            name.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return name.toString();
    }

    /** The value cell of indicator 5 as a formula POI would never write, with or without a stored result. */
    private static byte[] formula(byte[] template, String formula, String cached) {
        return edit(template, book -> {
            XSSFCell cell = (XSSFCell) valueCell(book.getSheet(INDICATORS));
            cell.setBlank();
            cell.getCTCell().addNewF().setStringValue(formula);
            if (cached != null) {
                cell.getCTCell().setV(cached);
            }
        });
    }

    private static byte[] value(byte[] template, String typed) {
        return edit(template, book -> valueCell(book.getSheet(INDICATORS)).setCellValue(typed));
    }

    private static org.apache.poi.ss.usermodel.Cell valueCell(Sheet indicators) {
        for (Row row : indicators) {
            if ("5".equals(SheetImport.text(row.getCell(WorkbookLayout.CODE)))) {
                return row.getCell(WorkbookLayout.VALUE, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK);
            }
        }
        throw new IllegalStateException("indicator 5 not in the template");
    }
}
