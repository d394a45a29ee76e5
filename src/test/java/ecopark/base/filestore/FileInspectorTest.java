package ecopark.base.filestore;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FileInspectorTest {

    private static final long LIMIT = 10L * 1024 * 1024;

    private static Optional<String> check(String name, byte[] content) {
        return FileInspector.problem(FileKind.byFileName(name).orElseThrow(), name, content, LIMIT);
    }

    @Test
    void real_documents_made_by_office_and_pdf_libraries_pass() {
        assertThat(check("方案.docx", SampleFiles.docx("整改方案"))).isEmpty();
        assertThat(check("台账.xlsx", SampleFiles.xlsx("台账"))).isEmpty();
        assertThat(check("报告.pdf", SampleFiles.pdf())).isEmpty();
        assertThat(check("照片.png", SampleFiles.image("png", 640, 480))).isEmpty();
        assertThat(check("照片.jpg", SampleFiles.image("jpeg", 640, 480))).isEmpty();
        assertThat(check("资料.zip", SampleFiles.zip("说明.txt", "园区资料"))).isEmpty();
    }

    @Test
    void a_real_pdf_padded_to_nine_megabytes_still_passes_as_the_browser_test_uploads_it() {
        assertThat(check("监测报告.pdf", SampleFiles.pdfOfSize(9 * 1024 * 1024))).isEmpty();
    }

    @Test
    void a_zip_renamed_docx_or_xlsx_is_refused_as_not_that_kind() {
        byte[] zip = SampleFiles.zip("readme.txt", "not a document");

        assertThat(check("方案.docx", zip)).contains("filecheck.error.notWord");
        assertThat(check("台账.xlsx", zip)).contains("filecheck.error.notExcel");
    }

    @Test
    void a_word_document_renamed_xlsx_and_a_workbook_renamed_docx_are_refused() {
        assertThat(check("台账.xlsx", SampleFiles.docx("x"))).contains("filecheck.error.notExcel");
        assertThat(check("方案.docx", SampleFiles.xlsx("x"))).contains("filecheck.error.notWord");
    }

    @Test
    void pdf_header_followed_by_html_is_not_a_pdf() {
        byte[] html = "%PDF-1.4\n<html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8);

        assertThat(check("报告.pdf", html)).contains("filecheck.error.notPdf");
    }

    @Test
    void renamed_executables_are_refused_as_programs_whatever_their_name() {
        byte[] exe = new byte[512];
        exe[0] = 'M';
        exe[1] = 'Z';
        byte[] elf = {0x7F, 'E', 'L', 'F', 2, 1, 1, 0};

        assertThat(check("报告.pdf", exe)).contains("filecheck.error.executable");
        assertThat(check("照片.png", elf)).contains("filecheck.error.executable");
        assertThat(check("资料.zip", exe)).contains("filecheck.error.executable");
    }

    @Test
    void a_zip_bomb_is_refused_by_its_inflation_ratio_before_it_is_unpacked_into_memory() {
        byte[] bomb = SampleFiles.zipBomb("zeros.bin", 20);

        assertThat(bomb.length).isLessThan(100_000);
        assertThat(check("资料.zip", bomb)).contains("filecheck.error.zipBomb");
        assertThat(check("方案.docx", bomb)).contains("filecheck.error.zipBomb");
    }

    @Test
    void archives_inside_an_uploaded_archive_are_opened_and_checked_three_levels_deep() {
        byte[] documentTwoDown = SampleFiles.zip("内层.zip", SampleFiles.zip("资料/方案.docx", SampleFiles.docx("整改方案")));
        byte[] scriptTwoDown = SampleFiles.zip("内层.zip", SampleFiles.zip("说明.txt",
                "#!/bin/sh\nrm -rf ~\n".getBytes(StandardCharsets.US_ASCII)));
        byte[] bombInside = SampleFiles.zip("内层.zip", SampleFiles.zipBomb("zeros.bin", 20));
        byte[] fourLevels = SampleFiles.zip("1.zip", SampleFiles.zip("2.zip", SampleFiles.zip("3.zip",
                SampleFiles.zip("说明.txt", "园区资料"))));

        assertThat(check("资料.zip", documentTwoDown)).isEmpty();
        assertThat(check("资料.zip", scriptTwoDown)).contains("filecheck.error.zipHoldsProgram");
        assertThat(check("资料.zip", bombInside)).contains("filecheck.error.zipBomb");
        assertThat(check("资料.zip", fourLevels)).contains("filecheck.error.zipTooDeep");
    }

    @Test
    void an_image_whose_content_is_another_format_or_garbage_is_refused() {
        assertThat(check("照片.png", SampleFiles.image("jpeg", 10, 10))).contains("filecheck.error.notImage");
        assertThat(check("照片.jpg", "\u00FF\u00D8\u00FF garbage".getBytes(StandardCharsets.ISO_8859_1)))
                .contains("filecheck.error.notImage");
    }

    @Test
    void an_image_with_absurd_dimensions_in_its_header_is_refused_before_decoding() {
        byte[] png = SampleFiles.image("png", 1, 1);
        // IHDR width and height sit at bytes 16..23: claim 100000 x 100000 pixels, which the header check refuses
        // before a single pixel is decoded.
        byte[] giant = png.clone();
        giant[16] = 0; giant[17] = 1; giant[18] = (byte) 0x86; giant[19] = (byte) 0xA0;
        giant[20] = 0; giant[21] = 1; giant[22] = (byte) 0x86; giant[23] = (byte) 0xA0;

        assertThat(check("照片.png", giant)).contains("filecheck.error.imageTooLarge");
    }

    @Test
    void a_text_file_called_doc_is_not_a_legacy_office_file() {
        assertThat(check("旧文件.doc", "hello".getBytes(StandardCharsets.UTF_8)))
                .contains("filecheck.error.notLegacyOffice");
    }
}
