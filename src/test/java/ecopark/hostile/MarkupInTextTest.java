package ecopark.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import ecopark.ReportFixtures;
import ecopark.UiTest;
import ecopark.publication.PublicationFixtures;
import ecopark.publication.document.DocumentStamp;
import ecopark.publication.document.DocxFormRenderer;
import ecopark.publication.document.PdfFormRenderer;
import ecopark.publication.domain.Publication;
import ecopark.publication.service.FormDocuments;
import ecopark.publication.service.PublicForms;
import ecopark.publication.service.PublishedForm;
import ecopark.report.domain.AnnualReport;
import ecopark.report.domain.NarrativeSection;
import ecopark.report.service.ReportDraft;
import ecopark.report.service.ReportService;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Markup typed into the narratives of a report is published as the text it is: on the public page (no component
 * template writes user text unescaped), in the PDF and in the Word document, read back with PDFBox and POI. Control
 * characters that reach a document (older data, a park name) neither break the PDF's fonts nor the .docx XML.
 * Report years 4121–4129.
 */
class MarkupInTextTest extends UiTest {

    /** One hostile text per narrative section, short enough that the PDF keeps each on one line. */
    static final Map<NarrativeSection, String> HOSTILE = new EnumMap<>(Map.of(
            NarrativeSection.values()[0], "<script>alert(1)</script>",
            NarrativeSection.values()[1], "<img src=x onerror=alert(1)>",
            NarrativeSection.values()[2], "\"><b>x</b>",
            NarrativeSection.values()[3], "污水 & 固废 &amp; 中水回用 &lt;",
            NarrativeSection.values()[4], "园区循环化改造稳步推进，中文照常显示。"));

    @Autowired ReportFixtures reports;
    @Autowired PublicationFixtures publications;
    @Autowired ReportService reportService;
    @Autowired PublicForms forms;
    @Autowired FormDocuments documents;
    @Autowired PdfFormRenderer pdf;
    @Autowired DocxFormRenderer docx;
    @Autowired WebApplicationContext web;

    private Publication publishedWithMarkup(int year) {
        long report = reports.completeReport(year);
        publications.as("cc_staff", () -> {
            AnnualReport draft = reportService.get(report);
            return reportService.saveDraft(report, ReportDraft.of(draft).withNarratives(HOSTILE));
        });
        publications.submitAndApprove(report);
        return publications.currentPublicationOf(report);
    }

    @Test
    void markup_in_narratives_is_shown_as_text_on_the_public_page_and_in_both_documents() throws Exception {
        Publication publication = publishedWithMarkup(4121);

        String html = MockMvcBuilders.webAppContextSetup(web).apply(SecurityMockMvcConfigurers.springSecurity()).build()
                .perform(get("/public/forms/{id}", publication.getId())).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        Document page = Jsoup.parse(html);
        String shown = page.selectFirst(".disclosure-form").text();
        HOSTILE.values().forEach(hostile -> assertThat(shown).contains(hostile));
        assertThat(page.select("main img, main b")).isEmpty();
        assertThat(page.select("script").eachAttr("src")).as("only the portal's own scripts")
                .allSatisfy(src -> assertThat(src).startsWith("/"));
        assertThat(page.select("script:not([src])")).extracting(e -> e.attr("type"))
                .containsOnly("application/json");
        assertThat(page.selectFirst("#yoy-data").data()).doesNotContain("</");

        String pdfText = pdfText(documents.publishedPdf(publication.getId()).content());
        String docxText = docxText(documents.publishedDocx(publication.getId()).content());
        HOSTILE.values().forEach(text -> {
            assertThat(pdfText).contains(text);
            assertThat(docxText).contains(text);
        });
    }

    @Test
    void control_characters_reaching_a_document_break_neither_the_pdf_fonts_nor_the_word_xml() throws IOException {
        Publication publication = publishedWithMarkup(4122);
        PublishedForm published = forms.form(publication.getId()).form();
        Map<NarrativeSection, String> controls = new EnumMap<>(NarrativeSection.class);
        controls.put(NarrativeSection.values()[0], "退\u0000格\u0007铃\u001b转义\u202E反向\u200B零宽\uFEFF记号\uD800孤");
        controls.put(NarrativeSection.values()[1], "制表\t换行\n回车\r结束\u0085\u009F");
        PublishedForm form = new PublishedForm(published.year(), published.basics(), controls,
                published.standardCode(), published.rows(), published.footnotes(), published.summary(),
                "理由\u0001含控制字符");
        DocumentStamp stamp = new DocumentStamp("测试\u0002印记", false);

        String pdfText = pdfText(pdf.render(form, stamp));
        String docxText = docxText(docx.render(form, stamp));

        for (String text : List.of(pdfText, docxText)) {
            assertThat(text).contains("退", "格", "铃", "转义", "反向", "零宽", "记号", "制表", "结束", "含控制字符")
                    .doesNotContain("\u0000", "\u0007", "\u001b", "\u202E", "\uFEFF", "\u0001", "\u0002");
        }
    }

    static String pdfText(byte[] content) throws IOException {
        try (PDDocument document = Loader.loadPDF(content)) {
            return new PDFTextStripper().getText(document);
        }
    }

    static String docxText(byte[] content) throws IOException {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        }
    }
}
