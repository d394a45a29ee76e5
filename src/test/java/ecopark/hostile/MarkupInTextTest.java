package ecopark.hostile;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.dom.Element;
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
import ecopark.publication.ui.PublicFormView;
import ecopark.publication.ui.PublicLayout;
import ecopark.report.domain.AnnualReport;
import ecopark.report.domain.NarrativeSection;
import ecopark.report.service.ReportDraft;
import ecopark.report.service.ReportService;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Markup typed into the narratives of a report is published as the text it is: on the public page (no component
 * renders user text as HTML), in the PDF and in the Word document, read back with PDFBox and POI. Control
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
    void markup_in_narratives_is_shown_as_text_on_the_public_page_and_in_both_documents() throws IOException {
        Publication publication = publishedWithMarkup(4121);

        navigate("public/forms/" + publication.getId());
        _get(PublicFormView.class);
        String page = _get(PublicLayout.class).getElement().getTextRecursively();
        HOSTILE.values().forEach(text -> assertThat(page).contains(text));
        assertThat(_find(Html.class)).isEmpty();
        assertThat(elements(_get(PublicLayout.class).getElement()))
                .filteredOn(e -> !e.isTextNode())
                .noneMatch(e -> e.hasProperty("innerHTML") || e.getTag().equalsIgnoreCase("script")
                        || e.getTag().equalsIgnoreCase("img") || e.getTag().equalsIgnoreCase("b"));

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

    private static Stream<Element> elements(Element root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(MarkupInTextTest::elements));
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
