package ecopark.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import ecopark.ReportFixtures;
import ecopark.UiTest;
import ecopark.evaluation.service.IndicatorOutcome;
import ecopark.evaluation.service.IndicatorSheetService;
import ecopark.evaluation.service.ThresholdBasis;
import ecopark.evaluation.service.Verdict;
import ecopark.evaluation.service.VerdictFacts;
import ecopark.evaluation.service.VerdictFactsText;
import ecopark.publication.PublicationFixtures;
import ecopark.publication.api.FormDto;
import ecopark.publication.api.IndicatorRowDto;
import ecopark.publication.api.PublicFormsApi;
import ecopark.publication.domain.Publication;
import ecopark.publication.service.FormDocuments;
import ecopark.publication.service.PublicForms;
import ecopark.publication.service.PublishedForm;
import ecopark.report.service.ReportService;
import ecopark.report.service.ReportSnapshot;
import ecopark.report.service.ReportWorkflow;
import ecopark.report.service.SnapshotIndicator;
import ecopark.review.domain.ReviewStage;
import ecopark.review.service.ReviewService;
import ecopark.security.SystemActor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * Whoever decides sees every fact that decided a verdict: a footnote-a override of indicator 11 (0.3 instead of the
 * standard's ≤0.5, with the industry, its 76.5 % share and the reason) and a changed selection of optional indicators
 * travel with the revision to the review screen, and with the publication to the PDF, the public page and the API.
 */
class VerdictFactsViewsTest extends UiTest {

    /** Years 3101–3199 belong to this class (pairs: the previous year and the report year). */
    private static final AtomicInteger YEARS = new AtomicInteger(3101);
    private static final String REASON = "汽车制造业产值占园区工业总产值 76.5%，采用汽车制造业清洁生产一级水平";
    private static final String SELECTION_REASON = "固废统计口径调整，不再考核指标 8";

    @Autowired ReportFixtures fixtures;
    @Autowired ReportWorkflow workflow;
    @Autowired ReportService reports;
    @Autowired IndicatorSheetService sheets;
    @Autowired ReviewService review;
    @Autowired PublicationFixtures publications;
    @Autowired FormDocuments documents;
    @Autowired PublicForms publicForms;
    @Autowired PublicFormsApi api;
    @Autowired ecopark.ActingUsers acting;
    @Autowired org.springframework.web.context.WebApplicationContext web;

    /** A complete report whose previous year selected 8 and which does not, with 11 overridden by footnote a. */
    private long reportWithOverrideAndChangedSelection() {
        int previous = YEARS.getAndIncrement();
        int year = YEARS.getAndIncrement();
        fixtures.completeReport(previous);
        long report = fixtures.completeReport(year);
        SystemActor.callAs(fixtures.changchunStaff(), () -> {
            sheets.select(report, Set.of("2", "6", "11", "14", "27", "28"), SELECTION_REASON);
            sheets.overrideThreshold(report, "11", new BigDecimal("0.3"), "汽车制造业", new BigDecimal("76.5"), REASON);
            return null;
        });
        return report;
    }

    private static void assertOverrideFacts(VerdictFacts facts) {
        assertThat(facts.threshold().basis()).isEqualTo(ThresholdBasis.INDUSTRY_OVERRIDE);
        assertThat(facts.threshold().value()).isEqualByComparingTo("0.3");
        assertThat(facts.threshold().detail()).isEqualTo("汽车制造业");
        assertThat(facts.threshold().industryShare()).isEqualByComparingTo("76.5");
        assertThat(facts.threshold().reason()).isEqualTo(REASON);
        // 1008000 t ce ÷ 2400000 万元 = 0.42, exactly.
        assertThat(facts.value()).isEqualByComparingTo("0.42");
        assertThat(facts.formula().zh()).isEqualTo("综合能耗 ÷ 园区工业增加值");
        assertThat(facts.inputs()).extracting(i -> i.statistic())
                .containsExactlyInAnyOrder("energy_consumption", "industrial_value_added");
        assertThat(facts.inputs()).allSatisfy(i -> assertThat(i.unit()).isNotNull());
    }

    @Test
    void the_revision_keeps_the_override_and_the_selection_reason_and_the_reviewer_sees_them() {
        long report = reportWithOverrideAndChangedSelection();
        SystemActor.callAs(fixtures.changchunStaff(), () -> workflow.submit(report));

        ReportSnapshot form = acting.as("cc_reviewer1", () -> workflow.revision(report, 1).form());
        assertThat(form.selectionChangeReason()).isEqualTo(SELECTION_REASON);
        SnapshotIndicator eleven = form.indicators().stream().filter(i -> i.code().equals("11")).findFirst()
                .orElseThrow();
        assertThat(eleven.verdict()).isEqualTo(Verdict.NOT_MET);
        assertOverrideFacts(eleven.facts());

        String task = acting.as("cc_reviewer1", () -> review.inbox(ReviewStage.PRELIMINARY, false,
                PageRequest.of(0, 500)).stream().filter(t -> t.reportId() == report).findFirst().orElseThrow()
                .taskId());
        login("cc_reviewer1");
        UI.getCurrent().navigate(ReviewView.class, task);

        assertThat(_get(Paragraph.class, spec -> spec.withId("revision-selection-reason")).getText())
                .isEqualTo("可选指标与上年不同的原因：" + SELECTION_REASON);
        @SuppressWarnings("unchecked")
        Grid<SnapshotIndicator> grid = _get(Grid.class, spec -> spec.withId("revision-indicators"));
        int row = 0;
        while (!GridKt._get(grid, row).code().equals("11")) {
            row++;
        }
        // The requirement column shows the threshold that applied, never "≤0.5 | 0.42 | 未达标" alone.
        assertThat(GridKt._getFormatted(grid, row, "requirement")).startsWith("≤0.3（附注 a 替代值；标准要求 ≤0.5）");
        Details details = _get(Details.class, spec -> spec.withId("facts-11"));
        assertThat(details.isOpened()).isTrue();
        assertThat(details.getElement().getTextRecursively())
                .contains("采用的要求：≤0.3", "汽车制造业产值占园区工业总产值的 76.5%", "超过 70%", "理由：" + REASON,
                        "计算值（全数值）：0.42", "综合能耗 ÷ 园区工业增加值", "年综合能耗：1008000 吨标煤");
    }

    @Test
    void the_publication_keeps_the_override_in_the_pdf_the_public_page_and_the_api() throws Exception {
        long report = reportWithOverrideAndChangedSelection();
        publications.submitAndApprove(report);
        Publication publication = publications.currentPublicationOf(report);

        PublishedForm form = publicForms.form(publication.getId()).form();
        PublishedForm.IndicatorRow eleven = form.rows().stream().filter(r -> r.code().equals("11")).findFirst()
                .orElseThrow();
        assertOverrideFacts(eleven.facts());
        assertThat(form.selectionChangeReason()).isEqualTo(SELECTION_REASON);

        try (PDDocument pdf = Loader.loadPDF(documents.publishedPdf(publication.getId()).content())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
            assertThat(text).contains("≤0.3（附注a替代值；标准要求≤0.5）", "汽车制造业产值占园区工业总产值的76.5%",
                    "理由：" + REASON.replaceAll("\\s+", ""), "判定依据");
        }

        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(org.springframework.test.web.servlet.setup
                .MockMvcBuilders.webAppContextSetup(web).build()
                .perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .get("/public/forms/{id}", publication.getId()))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(page.selectFirst("#indicator-table").text()).contains("≤0.3（附注 a 替代值；标准要求 ≤0.5）");
        // Footnote a replaced the threshold: its facts are open without the reader asking.
        org.jsoup.nodes.Element elevenFacts = page.selectFirst("#verdict-facts details#facts-11");
        assertThat(elevenFacts.hasAttr("open")).isTrue();
        assertThat(elevenFacts.text()).contains("汽车制造业产值占园区工业总产值的 76.5%", "理由：" + REASON);

        FormDto dto = api.form(publication.getId());
        IndicatorRowDto row = dto.indicators().stream().filter(r -> r.code().equals("11")).findFirst().orElseThrow();
        assertThat(row.requirement()).isEqualTo("≤0.5");
        assertThat(row.requirementApplied()).startsWith("≤0.3");
        assertThat(row.facts().threshold().basis()).isEqualTo("INDUSTRY_OVERRIDE");
        assertThat(row.facts().threshold().industry()).isEqualTo("汽车制造业");
        assertThat(row.facts().threshold().industryShare()).isEqualByComparingTo("76.5");
        assertThat(row.facts().threshold().reason()).isEqualTo(REASON);
        assertThat(row.facts().exactValue()).isEqualByComparingTo("0.42");
        assertThat(row.facts().inputs()).hasSize(2);
    }

    @Test
    void the_word_document_holds_the_applied_threshold_the_override_and_the_selection_reason() throws IOException {
        long report = reportWithOverrideAndChangedSelection();
        publications.submitAndApprove(report);
        Publication publication = publications.currentPublicationOf(report);

        FormDocuments.Document docx = documents.publishedDocx(publication.getId());

        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx.content()));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            // The indicator table's requirement column for row 11: the threshold that applied, with the standard's.
            XWPFTable indicators = document.getTables().get(1);
            XWPFTableRow eleven = indicators.getRows().stream()
                    .filter(r -> r.getCell(1).getText().equals("11")).findFirst().orElseThrow();
            assertThat(eleven.getCell(4).getText()).startsWith("≤0.3（附注 a 替代值；标准要求 ≤0.5）");
            assertThat(eleven.getCell(6).getText()).isEqualTo("否");

            String text = extractor.getText();
            assertThat(text).contains("指标选择与上年不同的原因：" + SELECTION_REASON, "判定依据",
                    "指标 11　单位工业增加值综合能耗");
            String facts = text.substring(text.indexOf("指标 11　"));
            assertThat(facts).contains("采用的要求：≤0.3（附注 a：汽车制造业产值占园区工业总产值的 76.5%，超过 70%",
                    "理由：" + REASON, "计算值（全数值）：0.42", "综合能耗 ÷ 园区工业增加值");
        }
    }

    @Test
    void a_draft_lacking_a_statistic_names_it_and_its_year_in_both_languages_and_in_the_draft_pdf()
            throws IOException {
        int year = YEARS.getAndIncrement();
        // A report whose section 三 is chosen but none of the year's statistics are recorded yet.
        long report = SystemActor.callAs(fixtures.changchunStaff(), () -> {
            long id = reports.create(fixtures.changchunStaff().parkId(), year).getId();
            sheets.select(id, Set.of("2", "6", "8", "11", "14", "27", "28"), "与上年度报告保持一致");
            return id;
        });

        IndicatorOutcome eleven = acting.as("cc_staff", () -> sheets.evaluate(report)).outcomes().stream()
                .filter(o -> o.code().equals("11")).findFirst().orElseThrow();
        assertThat(eleven.verdict()).isEqualTo(Verdict.MISSING_DATA);
        VerdictFacts facts = eleven.facts();
        assertThat(facts.missing()).extracting(m -> m.name().zh()).containsExactly("综合能耗", "园区工业增加值");
        assertThat(VerdictFactsText.lines(facts, eleven.indicator().requirement(), eleven.indicator().unit(),
                Locale.SIMPLIFIED_CHINESE)).contains("缺少数据：" + year + " 年综合能耗",
                        "缺少数据：" + year + " 年园区工业增加值").noneMatch(l -> l.contains("energy_consumption"));
        assertThat(VerdictFactsText.lines(facts, eleven.indicator().requirement(), eleven.indicator().unit(),
                Locale.ENGLISH)).contains("Missing: Total energy consumption for " + year)
                        .noneMatch(l -> l.contains("energy_consumption") || l.contains("综合能耗"));

        FormDocuments.Document pdf = acting.as("cc_staff", () -> documents.draftPdf(report));
        try (PDDocument document = Loader.loadPDF(pdf.content())) {
            // Without spaces, the ideographic one (U+3000) between a row's number and name included.
            String text = new PDFTextStripper().getText(document).replaceAll("[\\s\u3000]+", "");
            String factsOfEleven = text.substring(text.indexOf("指标11单位工业增加值综合能耗"));
            assertThat(factsOfEleven).contains("缺少数据：" + year + "年综合能耗",
                    "缺少数据：" + year + "年园区工业增加值");
            assertThat(text).doesNotContain("energy_consumption", "industrial_value_added");
        }
    }
}
