package ecopark.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import ecopark.ReportFixtures;
import ecopark.UiTest;
import ecopark.publication.domain.Publication;
import ecopark.publication.domain.PublicationRepository;
import ecopark.report.domain.AnnualReport;
import ecopark.report.domain.NarrativeSection;
import ecopark.report.service.ReportDraft;
import ecopark.report.service.ReportService;
import ecopark.report.service.ReportWorkflow;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Nothing that is not published reaches the public: a draft, a submission in review and a correction in progress each
 * carry a secret sentence, and an anonymous visitor walks every public API answer (list, every form id from 1 to past
 * the last, rows, PDF, Word) and every public page by id — none of them shows a secret, and only published ids answer.
 */
class NoDraftLeaksTest extends UiTest {

    @Autowired PublicationFixtures fixtures;
    @Autowired ReportFixtures reportFixtures;
    @Autowired ReportService reports;
    @Autowired ReportWorkflow workflow;
    @Autowired PublicationRepository publications;
    @Autowired WebApplicationContext web;
    @Autowired ObjectMapper json;

    private long withSecret(long reportId, String secret) {
        fixtures.as("cc_staff", () -> {
            AnnualReport draft = reports.get(reportId);
            Map<NarrativeSection, String> texts = new EnumMap<>(NarrativeSection.class);
            texts.put(NarrativeSection.PROBLEMS, secret);
            return reports.saveDraft(reportId, ReportDraft.of(draft).withNarratives(texts));
        });
        return reportId;
    }

    @Test
    void no_draft_submission_or_unpublished_correction_is_reachable_through_any_public_url() throws Exception {
        String secret = "未公开内容-" + UUID.randomUUID();
        int draftYear = fixtures.nextYear();
        long draft = withSecret(reportFixtures.completeReport(draftYear), secret);
        int submittedYear = fixtures.nextYear();
        long submitted = withSecret(reportFixtures.completeReport(submittedYear), secret);
        fixtures.as("cc_staff", () -> workflow.submit(submitted));
        long corrected = fixtures.publishedReport();
        fixtures.as("cc_staff", () -> {
            workflow.startCorrection(corrected);
            return null;
        });
        withSecret(corrected, secret);

        MockMvc mvc = MockMvcBuilders.webAppContextSetup(web).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        Set<Long> published = publications.findAll().stream().map(Publication::getId).collect(Collectors.toSet());
        long last = published.stream().mapToLong(Long::longValue).max().orElse(0);

        // The list, all of it, superseded forms included.
        List<Long> listed = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode answer = json.readTree(mvc.perform(get("/api/public/forms").param("includeSuperseded", "true")
                    .param("size", "100").param("page", String.valueOf(page))).andReturn().getResponse()
                    .getContentAsString());
            answer.get("items").forEach(item -> listed.add(item.get("id").asLong()));
            assertThat(answer.toString()).doesNotContain(secret);
            if (page + 1 >= answer.get("totalPages").asInt()) {
                break;
            }
        }
        assertThat(listed).containsExactlyInAnyOrderElementsOf(published);

        // Every id up to past the last: only published ones answer, and none says the secret.
        for (long id = 1; id <= last + 5; id++) {
            MockHttpServletResponse form = mvc.perform(get("/api/public/forms/{id}", id)).andReturn().getResponse();
            assertThat(form.getStatus()).as("form " + id).isEqualTo(published.contains(id) ? 200 : 404);
            assertThat(form.getContentAsString()).doesNotContain(secret);
            if (!published.contains(id)) {
                assertThat(mvc.perform(get("/api/public/forms/{id}/pdf", id)).andReturn().getResponse().getStatus())
                        .isEqualTo(404);
                continue;
            }
            JsonNode body = json.readTree(form.getContentAsString());
            assertThat(body.at("/publication/year").asInt()).isNotIn(draftYear, submittedYear);
            assertThat(mvc.perform(get("/api/public/forms/{id}/indicators", id)).andReturn().getResponse()
                    .getContentAsString()).doesNotContain(secret);
            byte[] pdf = mvc.perform(get("/api/public/forms/{id}/pdf", id)).andReturn().getResponse()
                    .getContentAsByteArray();
            try (PDDocument document = Loader.loadPDF(pdf)) {
                assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", "")).doesNotContain(secret);
            }
            byte[] docx = mvc.perform(get("/api/public/forms/{id}/docx", id)).andReturn().getResponse()
                    .getContentAsByteArray();
            try (XWPFWordExtractor text = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(docx)))) {
                assertThat(text.getText()).doesNotContain(secret);
            }
        }
        // The report ids of the draft and the submission are no way in either.
        for (long reportId : new long[] {draft, submitted, corrected}) {
            String answer = mvc.perform(get("/api/public/forms/{id}", reportId)).andReturn().getResponse()
                    .getContentAsString();
            assertThat(answer).doesNotContain(secret);
        }
        String history = mvc.perform(get("/api/public/parks/{park}/indicator-history",
                fixtures.currentPublicationOf(corrected).getParkId())).andReturn().getResponse().getContentAsString();
        assertThat(json.readTree(history).get("years").toString()).doesNotContain(String.valueOf(draftYear))
                .doesNotContain(String.valueOf(submittedYear));

        // The public pages, as an anonymous visitor, by every id.
        for (long id = 1; id <= last + 5; id++) {
            MockHttpServletResponse page = mvc.perform(get("/public/forms/{id}", id)).andReturn().getResponse();
            assertThat(page.getStatus()).as("public/forms/" + id).isEqualTo(published.contains(id) ? 200 : 404);
            assertThat(page.getContentAsString(StandardCharsets.UTF_8)).doesNotContain(secret);
        }
        assertThat(mvc.perform(get("/public/forms").param("superseded", "true")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).doesNotContain(secret);
    }
}
