package ecopark.forwarding.document;

import static org.assertj.core.api.Assertions.assertThat;

import ecopark.base.pdf.PdfWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The package's PDF as the national office opens it: cover letter, every form's pages, bookmarks, attachments. */
class PackageBundleTest {

    private final PackageBundle bundle = new PackageBundle();

    private static final CoverLetter LETTER = new CoverLetter("吉林省生态环境厅", "生态环境部科技与财务司",
            "吉环函〔2021〕18号", LocalDate.of(2021, 6, 20), 2020, "国家生态工业示范园区",
            "科财函〔2021〕15号（演示）", "关于做好2020年度国家生态工业示范园区年度评价工作的通知", "何平", "0431-89963300",
            "");

    @Test
    void the_cover_letter_comes_first_then_each_form_unchanged_with_a_bookmark_and_the_deliverables_attached()
            throws IOException {
        byte[] changchun = form("长春经济技术开发区 2020 年度信息公开表", 2);
        byte[] jilin = form("吉林高新技术产业开发区 2020 年度信息公开表", 1);
        byte[] report = "碳达峰碳中和实施路径专项报告正文".getBytes(StandardCharsets.UTF_8);
        List<BundledForm> forms = List.of(
                new BundledForm(11, "长春经济技术开发区", 2020, 2, "a".repeat(64), changchun,
                        List.of(new BundledForm.Deliverable("碳达峰碳中和实施路径专项报告", "专项报告.docx",
                                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", report))),
                new BundledForm(12, "吉林高新技术产业开发区", 2020, 1, "b".repeat(64), jilin, List.of()));
        List<MissingPark> missing = List.of(new MissingPark("四平红嘴经济技术开发区", "报告退回修改，尚未重新提交"));

        byte[] pdf = bundle.bundle(LETTER, forms, missing);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            int coverPages = document.getNumberOfPages() - pages(changchun) - pages(jilin);
            assertThat(coverPages).isGreaterThanOrEqualTo(1);
            String cover = text(document, 1, coverPages);
            assertThat(cover).contains("吉环函〔2021〕18号", "生态环境部科技与财务司：", "科财函〔2021〕15号（演示）",
                    "长春经济技术开发区", "a".repeat(64), "长春经济技术开发区-碳达峰碳中和实施路径专项报告-专项报告.docx",
                    "四平红嘴经济技术开发区", "报告退回修改，尚未重新提交", "联系人：何平", "2021年6月20日");
            assertThat(text(document, coverPages + 1, coverPages + pages(changchun)))
                    .contains("长春经济技术开发区2020年度信息公开表");
            assertThat(text(document, coverPages + pages(changchun) + 1, document.getNumberOfPages()))
                    .contains("吉林高新技术产业开发区2020年度信息公开表");

            List<String> bookmarks = new ArrayList<>();
            for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
                bookmarks.add(item.getTitle());
            }
            assertThat(bookmarks).containsExactly("报送函", "长春经济技术开发区 2020 年度信息公开表（第 2 版）",
                    "吉林高新技术产业开发区 2020 年度信息公开表（第 1 版）");

            Map<String, PDComplexFileSpecification> attached = document.getDocumentCatalog().getNames()
                    .getEmbeddedFiles().getNames();
            assertThat(attached).containsOnlyKeys("长春经济技术开发区-碳达峰碳中和实施路径专项报告-专项报告.docx");
            assertThat(attached.values().iterator().next().getEmbeddedFile().toByteArray()).isEqualTo(report);
            assertThat(document.getDocumentInformation().getAuthor()).isEqualTo("吉林省生态环境厅");
        }
    }

    @Test
    void a_package_without_forms_says_so() throws IOException {
        byte[] pdf = bundle.bundle(LETTER, List.of(), List.of(new MissingPark("长春经济技术开发区", "未提交")));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(text(document, 1, document.getNumberOfPages())).contains("本次没有报送的信息公开表", "未提交");
            assertThat(document.getDocumentCatalog().getNames()).isNull();
        }
    }

    private static byte[] form(String title, int pages) throws IOException {
        try (PdfWriter pdf = new PdfWriter(title, null, null)) {
            pdf.title(title, 16);
            for (int i = 0; i < pages * 40; i++) {
                pdf.paragraph("第 " + i + " 段。", 11, false);
            }
            return pdf.finish();
        }
    }

    private static int pages(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
    }

    private static String text(PDDocument document, int from, int to) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(from);
        stripper.setEndPage(to);
        return stripper.getText(document).replaceAll("[ \\t\\r\\n]+", "");
    }
}
