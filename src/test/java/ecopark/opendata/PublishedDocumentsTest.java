package ecopark.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import ecopark.ApplicationTest;
import ecopark.publication.document.DocumentStamp;
import ecopark.publication.PublicationFixtures;
import ecopark.publication.domain.Publication;
import ecopark.publication.service.FormDocuments;
import ecopark.report.service.ReportWorkflow;
import ecopark.security.matrix.MatrixMvc;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

/**
 * Published PDF and Word documents are made once and kept: the same bytes on every request, a strong ETag answered
 * with 304, one stored copy when two requests make it at once, and the form's content hash in the document's text and
 * metadata and in {@code X-Content-SHA256}, a new document and ETag once a correction supersedes the form. Years 4251–4299 (with OpenDataApiTest).
 */
@ApplicationTest
class PublishedDocumentsTest {

    @Autowired WebApplicationContext context;
    @Autowired OpenDataFixtures fixtures;
    @Autowired FormDocuments documents;
    @Autowired JdbcTemplate jdbc;
    @Autowired PublicationFixtures publications;
    @Autowired ReportWorkflow workflow;

    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MatrixMvc.of(context);
    }

    @Test
    void the_pdf_and_word_documents_are_kept_served_alike_with_a_strong_etag_and_304() throws Exception {
        Publication form = fixtures.published();
        for (String kind : List.of("pdf", "docx")) {
            MockHttpServletResponse made = mvc.perform(get("/api/public/forms/{id}/" + kind, form.getId()))
                    .andReturn().getResponse();
            assertThat(made.getStatus()).isEqualTo(200);
            String etag = made.getHeader("ETag");
            assertThat(etag).as(kind).matches("\"[0-9a-f]{64}\"");
            assertThat(made.getHeader("Cache-Control")).contains("max-age=3600").contains("public");
            assertThat(made.getHeader("X-Content-SHA256")).isEqualTo(form.contentHash());

            MockHttpServletResponse again = mvc.perform(get("/api/public/forms/{id}/" + kind, form.getId()))
                    .andReturn().getResponse();
            assertThat(again.getContentAsByteArray()).isEqualTo(made.getContentAsByteArray());
            assertThat(again.getHeader("ETag")).isEqualTo(etag);

            MockHttpServletResponse held = mvc.perform(get("/api/public/forms/{id}/" + kind, form.getId())
                    .header("If-None-Match", etag)).andReturn().getResponse();
            assertThat(held.getStatus()).isEqualTo(304);
            assertThat(held.getContentAsByteArray()).isEmpty();
            assertThat(held.getHeader("ETag")).isEqualTo(etag);
            assertThat(mvc.perform(get("/api/public/forms/{id}/" + kind, form.getId())
                    .header("If-None-Match", "W/" + etag + ", \"other\"")).andReturn().getResponse().getStatus())
                    .isEqualTo(304);
            assertThat(mvc.perform(get("/api/public/forms/{id}/" + kind, form.getId())
                    .header("If-None-Match", "\"" + "0".repeat(64) + "\"")).andReturn().getResponse().getStatus())
                    .isEqualTo(200);
            assertThat(storedCopies(form.getId(), kind.toUpperCase())).isEqualTo(1);
        }
        assertThat(mvc.perform(get("/api/public/forms/987654321/pdf").header("If-None-Match", "*")).andReturn()
                .getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void two_requests_making_the_same_document_at_once_end_with_one_stored_copy() throws Exception {
        Publication form = fixtures.published();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<FormDocuments.Document>> answers = List.of(1, 2).stream().map(i -> pool.submit(() -> {
                start.await();
                return documents.publishedPdf(form.getId());
            })).toList();
            start.countDown();
            FormDocuments.Document a = answers.get(0).get(120, TimeUnit.SECONDS);
            FormDocuments.Document b = answers.get(1).get(120, TimeUnit.SECONDS);
            assertThat(a.sha256()).isEqualTo(b.sha256());
            assertThat(a.content()).isEqualTo(b.content());
        } finally {
            pool.shutdownNow();
        }
        assertThat(storedCopies(form.getId(), "PDF")).isEqualTo(1);
        String fileName = documents.publishedPdf(form.getId()).fileName();
        assertThat(jdbc.queryForObject("select count(*) from stored_file where file_name = ?", Long.class, fileName))
                .isEqualTo(1);
    }

    @Test
    void the_documents_carry_the_content_hash_in_their_text_and_metadata() throws Exception {
        Publication form = fixtures.published();
        String hash = form.contentHash();
        byte[] pdf = mvc.perform(get("/api/public/forms/{id}/pdf", form.getId())).andReturn().getResponse()
                .getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            assertThat(text).contains("内容校验值SHA-256：" + hash);
            assertThat(document.getDocumentInformation().getCustomMetadataValue(DocumentStamp.HASH_PROPERTY))
                    .isEqualTo(hash);
            assertThat(document.getDocumentInformation().getKeywords()).contains(hash);
        }
        byte[] docx = mvc.perform(get("/api/public/forms/{id}/docx", form.getId())).andReturn().getResponse()
                .getContentAsByteArray();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor text = new XWPFWordExtractor(document)) {
            assertThat(text.getText()).contains("内容校验值 SHA-256：" + hash);
            assertThat(document.getProperties().getCustomProperties().getProperty(DocumentStamp.HASH_PROPERTY)
                    .getLpwstr()).isEqualTo(hash);
        }
    }

    @Test
    void a_form_superseded_by_a_correction_gets_a_new_pdf_stamped_so_and_a_new_etag() throws Exception {
        Publication original = fixtures.published();
        MockHttpServletResponse before = mvc.perform(get("/api/public/forms/{id}/pdf", original.getId())).andReturn()
                .getResponse();
        String currentTag = before.getHeader("ETag");
        assertThat(pdfText(before.getContentAsByteArray())).doesNotContain("已被更正版本取代");

        long report = original.getReportId();
        publications.as("cc_staff", () -> {
            workflow.startCorrection(report);
            return null;
        });
        publications.submitAndApprove(report);

        MockHttpServletResponse after = mvc.perform(get("/api/public/forms/{id}/pdf", original.getId())
                .header("If-None-Match", currentTag)).andReturn().getResponse();
        assertThat(after.getStatus()).as("the copy a reader holds is no longer what the portal serves").isEqualTo(200);
        assertThat(after.getHeader("ETag")).isNotEqualTo(currentTag).matches("\"[0-9a-f]{64}\"");
        assertThat(pdfText(after.getContentAsByteArray())).contains("已被更正版本取代");
        // The content hash is the frozen form's: the same, superseded or not
        assertThat(after.getHeader("X-Content-SHA256")).isEqualTo(original.contentHash());
        assertThat(jdbc.queryForObject("select count(*) from publication_document where publication_id = ? and kind = "
                + "'PDF' and superseded = true", Long.class, original.getId())).isEqualTo(1);
        assertThat(mvc.perform(get("/api/public/forms/{id}/pdf", original.getId())
                .header("If-None-Match", after.getHeader("ETag"))).andReturn().getResponse().getStatus())
                .isEqualTo(304);
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
        }
    }

    private long storedCopies(long publicationId, String kind) {
        return jdbc.queryForObject("select count(*) from publication_document where publication_id = ? and kind = ?",
                Long.class, publicationId, kind);
    }
}
