package ecopark.demo;

import static org.assertj.core.api.Assertions.assertThat;

import ecopark.ApplicationTest;
import ecopark.publication.domain.PublicationListing;
import ecopark.publication.service.FormDocuments;
import ecopark.publication.service.PublicForm;
import ecopark.publication.service.PublicFormFilter;
import ecopark.publication.service.PublicForms;
import ecopark.publication.service.PublishedForm;
import ecopark.report.domain.NarrativeSection;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.test.context.TestPropertySource;

/**
 * The demo publishes the seed's 2019 Changchun form through the review process, and what the public gets reads like
 * the seed: every field of section 一, every narrative paragraph, all 32 indicator rows — on the form, in the PDF
 * (text extracted with PDFBox, so it is searchable) and in the Word document. A context of its own, because here the
 * 2019 report is published while other tests keep it a draft, and Jilin has the demo's route (the city's 预审, then
 * the province's 初审 and 复核), which it walks.
 */
@ApplicationTest
@TestPropertySource(properties = {"ecopark.demo.publish-seed-form=true", "ecopark.demo.province-routes=true"})
class SeedFormPublicationTest {

    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void the_demo_s_2019_form_walked_jilin_s_route_city_pre_review_then_two_province_reviewers() {
        assertThat(jdbc.queryForList("""
                select concat(d.stage, ' ', d.reviewer) from review_decision d join annual_report r on r.id = d.report_id
                where r.report_year = 2019 and r.park_name = '长春经济技术开发区' order by d.id""", String.class))
                .containsExactly("PRE_REVIEW cc_reviewer1", "PRELIMINARY jl_reviewer1", "FINAL jl_reviewer2");
    }

    @Autowired PublicForms forms;
    @Autowired FormDocuments documents;

    private PublicationListing seed;

    @BeforeEach
    void findThePublishedSeedForm() {
        seed = forms.search(new PublicFormFilter(2019, null, null, null, null, false), Pageable.unpaged())
                .getContent().get(0);
    }

    @Test
    void the_demo_publishes_the_2019_changchun_form_through_the_review_process() {
        assertThat(seed.parkName()).isEqualTo("长春经济技术开发区");
        assertThat(seed.revisionNumber()).isEqualTo(1);
        assertThat(seed.province()).isEqualTo("吉林省");
        PublishedForm form = forms.form(seed.id()).form();
        SeedDisclosureForm source = SeedDisclosureForm.load();
        for (NarrativeSection section : NarrativeSection.values()) {
            assertThat(form.narrative(section)).as(section.name()).isEqualTo(source.narratives().get(section));
        }
        assertThat(form.rows()).hasSize(32);
        assertThat(form.summary().assessed()).isEqualTo(24);
        assertThat(form.summary().met()).isEqualTo(24);
    }

    /** HJ 274-2015 groups indicators 1–4 under 经济发展 (migration V48 moved 4 out of 产业共生). */
    @Test
    void row_four_is_published_under_economic_development() {
        PublishedForm form = forms.form(seed.id()).form();

        PublishedForm.IndicatorRow four = form.rows().stream().filter(r -> r.code().equals("4")).findFirst()
                .orElseThrow();
        assertThat(four.categoryCode()).isEqualTo("ECONOMY");
        assertThat(four.category().zh()).isEqualTo("经济发展");
        assertThat(form.rows().stream().filter(r -> r.category().zh().equals("产业共生")).map(r -> r.code()))
                .containsExactly("5", "6", "7");
    }

    @Test
    void the_pdf_embeds_its_font_and_reads_like_the_seed() throws IOException {
        FormDocuments.Document pdf = documents.publishedPdf(seed.id());

        assertThat(pdf.fileName()).isEqualTo("长春经济技术开发区-2019-年度评价报告信息公开表-r1.pdf");
        keepForALook(pdf);
        try (PDDocument document = Loader.loadPDF(pdf.content())) {
            List<PDFont> fonts = new ArrayList<>();
            for (var page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
            assertThat(fonts).isNotEmpty().allMatch(PDFont::isEmbedded);
            String text = squeeze(withoutFooters(document));
            assertReadsLikeTheSeed(text);
            assertThat(text).doesNotContain("草稿");
        }
    }

    @Test
    void the_word_document_reads_like_the_seed_in_the_official_layout() throws IOException {
        FormDocuments.Document docx = documents.publishedDocx(seed.id());

        assertThat(docx.fileName()).endsWith(".docx");
        keepForALook(docx);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx.content()));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            assertReadsLikeTheSeed(squeeze(extractor.getText()));
            List<XWPFTable> tables = document.getTables();
            assertThat(tables).hasSize(2);
            XWPFTable indicators = tables.get(1);
            assertThat(indicators.getRows()).hasSize(33);
            assertThat(indicators.getRow(0).getTableCells()).extracting(c -> c.getText().replace(" ", ""))
                    .containsExactly("分类", "序号", "指标", "单位", "要求", "是否为考核指标", "是否达标");
            assertThat(indicators.getRow(2).getTableCells()).extracting(c -> c.getText())
                    .containsExactly("", "2", "人均工业增加值", "万元/人", "≥15", "是", "是");
            assertThat(indicators.getRow(1).getCell(6).getText()).isEqualTo("-");
        }
    }

    private void assertReadsLikeTheSeed(String text) {
        PublishedForm form = forms.form(seed.id()).form();
        assertThat(text).contains(squeeze("国家生态工业示范园区建设年度评价报告信息公开表(2019)"))
                .contains("长春经济技术开发区")
                .contains(squeeze("吉林省长春市经开区吉林大路 6188 号(长春经济技术开发区管理委员会)"))
                .contains("130033").contains("国家级■").contains("省级□").contains("经济技术开发区■")
                .contains("高新技术产业开发区□").contains("0431-84630074").contains("652007137@qq.com")
                .contains("国家生态工业示范园区已命名□").contains("国家生态工业示范园区创建中■")
                .contains("三、国家生态工业示范园区标准达标情况");
        for (NarrativeSection section : NarrativeSection.values()) {
            for (String paragraph : form.narrative(section).split("\\n")) {
                // A list item ("- " in the text) is set as a bullet.
                String line = paragraph.strip().startsWith("- ") ? paragraph.strip().substring(2) : paragraph;
                if (!line.isBlank()) {
                    assertThat(text).as(section + ": " + line).contains(squeeze(line));
                }
            }
        }
        for (PublishedForm.IndicatorRow row : form.rows()) {
            assertThat(text).as("indicator " + row.code()).contains(squeeze(row.name().zh()));
        }
    }

    /** The page texts without the footer line (park, title, page number), which interrupts paragraphs at page ends. */
    private static String withoutFooters(PDDocument document) throws IOException {
        StringBuilder text = new StringBuilder();
        PDFTextStripper stripper = new PDFTextStripper();
        for (int page = 1; page <= document.getNumberOfPages(); page++) {
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            String pageText = stripper.getText(document).strip();
            int lastLine = pageText.lastIndexOf('\n');
            assertThat(pageText.substring(lastLine + 1)).endsWith(page + " / " + document.getNumberOfPages());
            text.append(pageText, 0, Math.max(lastLine, 0));
        }
        return text.toString();
    }

    /** With -Decopark.documents.dir=…, the documents are written there for a person to look at. */
    private static void keepForALook(FormDocuments.Document document) throws IOException {
        String dir = System.getProperty("ecopark.documents.dir");
        if (dir != null) {
            java.nio.file.Files.createDirectories(java.nio.file.Path.of(dir));
            java.nio.file.Files.write(java.nio.file.Path.of(dir, document.fileName()), document.content());
        }
    }

    /** Without white space: the documents wrap lines and cells wherever the width ends. */
    private static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }
}
