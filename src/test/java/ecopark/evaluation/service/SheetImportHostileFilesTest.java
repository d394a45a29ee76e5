package ecopark.evaluation.service;

import static ecopark.evaluation.service.SheetWorkbookTest.edit;
import static org.assertj.core.api.Assertions.assertThat;

import ecopark.ApplicationTest;
import ecopark.ReportFixtures;
import ecopark.base.filestore.SampleFiles;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Hostile and malformed files given to the section 三 import are refused with one clear reason and change nothing:
 * a zip bomb, a sheet with far more rows than the template (named with the first row beyond the limit), a file that
 * is no workbook. Report years 3561–3569.
 */
@ApplicationTest
class SheetImportHostileFilesTest {

    @Autowired SheetWorkbook workbook;
    @Autowired SheetImport importer;
    @Autowired IndicatorSheetService sheets;
    @Autowired ReportFixtures fixtures;

    @Test
    @WithUserDetails("cc_staff")
    void a_zip_bomb_named_xlsx_is_refused_as_a_malicious_file_and_nothing_changes() {
        long report = fixtures.completeReport(3561);
        SheetView before = sheets.sheet(report);

        SheetImportResult result = importer.importWorkbook(report, SampleFiles.zipBomb("xl/worksheets/sheet1.xml", 50));

        assertThat(result.applied()).isFalse();
        assertThat(result.problems()).extracting(SheetImportProblem::messageKey)
                .containsExactly("filecheck.workbook.zipBomb");
        assertThat(sheets.sheet(report)).isEqualTo(before);
    }

    @Test
    @WithUserDetails("cc_staff")
    void a_sheet_with_more_rows_than_the_template_can_have_is_refused_with_the_limit() {
        long report = fixtures.completeReport(3563);
        SheetView before = sheets.sheet(report);
        byte[] huge = edit(workbook.export(report, Locale.SIMPLIFIED_CHINESE).content(), book -> {
            Sheet indicators = book.getSheet("指标数据");
            for (int r = indicators.getLastRowNum() + 1; r <= SheetImport.MAX_ROWS + 10; r++) {
                indicators.createRow(r).createCell(0).setCellValue("填充");
            }
        });

        SheetImportResult result = importer.importWorkbook(report, huge);

        assertThat(result.applied()).isFalse();
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.messageKey()).isEqualTo("filecheck.workbook.tooManyRows");
            assertThat(p.args()).containsExactly("指标数据", SheetImport.MAX_ROWS + 1, SheetImport.MAX_ROWS);
        });
        assertThat(sheets.sheet(report)).isEqualTo(before);
    }

    @Test
    @WithUserDetails("cc_staff")
    void files_that_are_not_workbooks_are_refused_as_unreadable() {
        long report = fixtures.completeReport(3565);
        SheetView before = sheets.sheet(report);

        for (byte[] notAWorkbook : new byte[][] {"不是表格".getBytes(StandardCharsets.UTF_8),
                SampleFiles.zip("readme.txt", "a zip"), SampleFiles.docx("一份 Word 文档"), SampleFiles.pdf()}) {
            SheetImportResult result = importer.importWorkbook(report, notAWorkbook);
            assertThat(result.problems()).extracting(SheetImportProblem::messageKey)
                    .containsExactly("spreadsheet.import.unreadable");
        }
        assertThat(sheets.sheet(report)).isEqualTo(before);
    }
}
