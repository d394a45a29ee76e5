package ecopark.rectification.service;

import static ecopark.hostile.HostileWorkbooks.EXCEL_CELL_CHARS;
import static ecopark.hostile.HostileWorkbooks.EXCEL_COLUMNS;
import static ecopark.hostile.HostileWorkbooks.EXCEL_ROWS;
import static org.assertj.core.api.Assertions.assertThat;

import ecopark.ApplicationTest;
import ecopark.hostile.Bounded;
import ecopark.hostile.HostileWorkbooks;
import ecopark.rectification.RectificationFixtures;
import ecopark.rectification.domain.RectificationSource;
import ecopark.rectification.service.RectificationSpreadsheets.Column;
import ecopark.rectification.service.RectificationSpreadsheets.ImportProblem;
import ecopark.rectification.service.RectificationSpreadsheets.ImportResult;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

/**
 * Every kind of hostile or malformed .xlsx given to the rectification ledger import: refused with translated
 * reasons that name the row and column where there is one, within seconds and a bounded amount of memory, and no
 * task is imported. Each file is a variant of the import template holding one valid task.
 */
@ApplicationTest
class RectificationImportHostileWorkbooksTest {

    private static final AtomicInteger ROUNDS = new AtomicInteger();
    private static final String PARK = "长春经济技术开发区";
    private static final String SHEET = "xl/worksheets/sheet1.xml";

    @Autowired RectificationFixtures fixtures;
    @Autowired TaskCommands registry;
    @Autowired TaskQueries queries;
    @Autowired RectificationSpreadsheets spreadsheets;

    /** A hostile variant of a one-task ledger, and the first problem the import must answer: key, row, column. */
    record Hostile(String name, Function<byte[], byte[]> make, String key, int row, Column column) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> hostileFiles() {
        return Stream.of(
                new Hostile("zip bomb: the sheet inflates to 2 GB", t -> HostileWorkbooks.gigabyteSheet(t, SHEET, 2),
                        "filecheck.workbook.zipBomb", 0, null),
                new Hostile("a million rows", t -> HostileWorkbooks.withSheetPart(t, SHEET,
                        HostileWorkbooks.rows(EXCEL_ROWS)), "rectification.import.error.tooManyRows", 0, null),
                new Hostile("16 384 columns", t -> HostileWorkbooks.withSheetPart(t, SHEET,
                        HostileWorkbooks.wideRow(EXCEL_COLUMNS)), "filecheck.workbook.tooManyColumns", 0, null),
                new Hostile("a DDE command formula with a stored result", t -> formula(t, "cmd|' /C calc'!A0", "整改"),
                        "filecheck.workbook.formula", 2, Column.TITLE),
                new Hostile("a DDE command formula without a result", t -> formula(t, "cmd|' /C calc'!A0", null),
                        "filecheck.workbook.formula", 2, Column.TITLE),
                new Hostile("an external reference", t -> formula(t, "[1]Sheet1!A1", "整改"),
                        "filecheck.workbook.formula", 2, Column.TITLE),
                new Hostile("a Word document renamed .xlsx", t -> HostileWorkbooks.docx(),
                        "rectification.import.error.notWorkbook", 0, null),
                new Hostile("random bytes", t -> HostileWorkbooks.randomBytes(64 * 1024),
                        "rectification.import.error.notWorkbook", 0, null),
                new Hostile("a truncated file", HostileWorkbooks::truncated,
                        "rectification.import.error.notWorkbook", 0, null),
                new Hostile("a password-protected workbook", HostileWorkbooks::encrypted,
                        "filecheck.workbook.encrypted", 0, null),
                new Hostile("an Excel 97-2003 .xls", t -> HostileWorkbooks.xls(), "filecheck.workbook.legacyXls", 0,
                        null),
                new Hostile("billion laughs in the sheet XML", t -> HostileWorkbooks.withSheetXml(t, SHEET,
                        HostileWorkbooks::billionLaughs), "filecheck.workbook.doctype", 0, null),
                new Hostile("a 32 767-character title", t -> title(t, "整".repeat(EXCEL_CELL_CHARS)),
                        "rectification.import.error.tooLong", 2, Column.TITLE),
                new Hostile("a 32 767-character park name, quoted shortened",
                        t -> edit(t, sheet -> sheet.getRow(1).getCell(Column.PARK.ordinal())
                                .setCellValue("园".repeat(EXCEL_CELL_CHARS))),
                        "rectification.import.error.park", 2, Column.PARK),
                new Hostile("a title with a right-to-left override", t -> title(t, "危废\u202E台账整改"),
                        "text.error.control", 2, Column.TITLE),
                // XML cannot hold a BEL; Excel writes it escaped as _x0007_, which POI reads back as U+0007.
                new Hostile("a title with a BEL character", t -> HostileWorkbooks.withSheetXml(title(t, "危废台账整改"),
                        "xl/sharedStrings.xml", xml -> xml.replace("危废台账", "危废_x0007_台账")),
                        "text.error.control", 2, Column.TITLE))
                .map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileFiles")
    void a_hostile_workbook_is_refused_with_a_translated_reason_quickly_and_nothing_is_imported(Hostile hostile) {
        long round = newRound();
        byte[] file = hostile.make().apply(ledger(row -> { }));

        Bounded.Measured<ImportResult> measured = Bounded.run(() -> importInto(round, file))
                .withinBounds(hostile.name());

        ImportResult result = measured.result();
        assertThat(result.imported()).isZero();
        assertThat(result.problems()).isNotEmpty();
        ImportProblem first = result.problems().get(0);
        assertThat(first.messageKey()).isEqualTo(hostile.key());
        assertThat(first.row()).isEqualTo(hostile.row());
        assertThat(first.column()).isEqualTo(hostile.column());
        result.problems().forEach(p -> Bounded.assertTranslated(p.messageKey(), p.args()));
        assertThat(tasksOf(round)).isZero();
    }

    @org.junit.jupiter.api.Test
    void the_valid_ledger_the_hostile_files_are_made_from_imports() {
        long round = newRound();
        byte[] valid = ledger(row -> { });
        // The baseline the hostile files' times and allocations are compared with.
        assertThat(Bounded.run(() -> importInto(round, valid)).withinBounds("a valid one-task ledger").result()
                .imported()).isEqualTo(1);
    }

    private long newRound() {
        return fixtures.as("cc_manager", () -> registry.createRound(new NewRound(null,
                RectificationSource.PROVINCIAL_INSPECTION, "恶意工作簿批次 " + ROUNDS.incrementAndGet(),
                LocalDate.of(2024, 3, 1)))).id();
    }

    private ImportResult importInto(long round, byte[] file) {
        return fixtures.as("cc_manager", () -> spreadsheets.importRound(round, file));
    }

    private long tasksOf(long round) {
        return fixtures.as("cc_manager", () -> queries.find(TaskFilter.ALL.withRound(round), Pageable.unpaged())
                .getTotalElements());
    }

    /** The import template with one valid task in row 2, changed as given. */
    private byte[] ledger(Consumer<Row> change) {
        byte[] template = fixtures.as("cc_manager", () -> spreadsheets.importTemplate(Locale.SIMPLIFIED_CHINESE));
        return edit(template, sheet -> {
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue(PARK);
            row.createCell(1).setCellValue("危险废物台账不规范");
            row.createCell(3).setCellValue("经开区生态环境分局");
            row.createCell(4).setCellValue("张伟");
            row.createCell(5).setCellValue("2025-06-30");
            change.accept(row);
        });
    }

    private static byte[] edit(byte[] workbook, Consumer<Sheet> change) {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            change.accept(book.getSheetAt(0));
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The title as a formula POI would never write, with or without the text Excel stored as its result. */
    private static byte[] formula(byte[] ledger, String formula, String cached) {
        return edit(ledger, sheet -> {
            XSSFCell cell = (XSSFCell) sheet.getRow(1).getCell(Column.TITLE.ordinal());
            cell.setBlank();
            cell.getCTCell().addNewF().setStringValue(formula);
            if (cached != null) {
                cell.getCTCell().setT(org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType.STR);
                cell.getCTCell().setV(cached);
            }
        });
    }

    private static byte[] title(byte[] ledger, String title) {
        return edit(ledger, sheet -> sheet.getRow(1).getCell(Column.TITLE.ordinal()).setCellValue(title));
    }
}
