package ecopark.rectification.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import ecopark.ApplicationTest;
import ecopark.base.filestore.SampleFiles;
import ecopark.rectification.RectificationFixtures;
import ecopark.rectification.domain.RectificationSource;
import ecopark.rectification.service.RectificationSpreadsheets.Column;
import ecopark.rectification.service.RectificationSpreadsheets.ImportProblem;
import ecopark.rectification.service.RectificationSpreadsheets.ImportResult;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

/**
 * Hostile and malformed files given to the rectification ledger import are refused with a clear reason and import
 * nothing: a zip bomb, a sheet beyond the row limit, a file that is no workbook, formulas instead of values.
 */
@ApplicationTest
class RectificationImportHostileFilesTest {

    private static final AtomicInteger ROUNDS = new AtomicInteger();
    private static final String PARK = "长春经济技术开发区";

    @Autowired RectificationFixtures fixtures;
    @Autowired TaskCommands registry;
    @Autowired TaskQueries queries;
    @Autowired RectificationSpreadsheets spreadsheets;

    private long newRound() {
        return fixtures.as("cc_manager", () -> registry.createRound(new NewRound(null,
                RectificationSource.PROVINCIAL_INSPECTION, "恶意文件测试批次 " + ROUNDS.incrementAndGet(),
                LocalDate.of(2024, 3, 1)))).id();
    }

    private ImportResult importInto(long round, byte[] file) {
        return fixtures.as("cc_manager", () -> spreadsheets.importRound(round, file));
    }

    private long tasksOf(long round) {
        return fixtures.as("cc_manager", () -> queries.find(TaskFilter.ALL.withRound(round), Pageable.unpaged())
                .getTotalElements());
    }

    private byte[] template(Consumer<Sheet> fill) throws IOException {
        byte[] template = fixtures.as("cc_manager", () -> spreadsheets.importTemplate(Locale.SIMPLIFIED_CHINESE));
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(template));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fill.accept(workbook.getSheetAt(0));
            workbook.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void a_zip_bomb_named_xlsx_is_refused_as_a_malicious_file() {
        long round = newRound();

        ImportResult result = importInto(round, SampleFiles.zipBomb("xl/worksheets/sheet1.xml", 50));

        assertThat(result.imported()).isZero();
        assertThat(result.problems()).extracting(ImportProblem::messageKey)
                .containsExactly("filecheck.workbook.zipBomb");
        assertThat(tasksOf(round)).isZero();
    }

    @Test
    void a_sheet_beyond_the_row_limit_is_refused_with_the_limit() throws IOException {
        long round = newRound();
        byte[] huge = template(sheet -> {
            for (int r = 1; r <= RectificationSpreadsheets.MAX_ROWS + 1; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue(PARK);
                row.createCell(1).setCellValue("整改事项 " + r);
            }
        });

        ImportResult result = importInto(round, huge);

        assertThat(result.imported()).isZero();
        assertThat(result.problems()).extracting(ImportProblem::messageKey, ImportProblem::args)
                .containsExactly(tuple("rectification.import.error.tooManyRows",
                        new Object[] {RectificationSpreadsheets.MAX_ROWS}));
        assertThat(tasksOf(round)).isZero();
    }

    @Test
    void files_that_are_not_workbooks_are_refused_as_a_whole() {
        long round = newRound();

        for (byte[] notAWorkbook : new byte[][] {SampleFiles.zip("readme.txt", "a zip"),
                SampleFiles.docx("一份 Word 文档"), SampleFiles.pdf()}) {
            assertThat(importInto(round, notAWorkbook).problems()).extracting(ImportProblem::messageKey)
                    .containsExactly("rectification.import.error.notWorkbook");
        }
        assertThat(tasksOf(round)).isZero();
    }

    @Test
    void formulas_are_refused_with_their_row_and_column_instead_of_importing_the_formula_text() throws IOException {
        long round = newRound();
        byte[] file = template(sheet -> {
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue(PARK);
            row.createCell(1).setCellFormula("\"危险废物\"&\"整改\"");
            row.createCell(3).setCellValue("经开区生态环境分局");
            row.createCell(4).setCellValue("张伟");
            row.createCell(5).setCellValue("2025-06-30");
        });

        ImportResult result = importInto(round, file);

        assertThat(result.imported()).isZero();
        assertThat(result.problems()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::messageKey)
                .containsExactly(tuple(2, Column.TITLE, "filecheck.workbook.formula"));
        assertThat(tasksOf(round)).isZero();
    }
}
