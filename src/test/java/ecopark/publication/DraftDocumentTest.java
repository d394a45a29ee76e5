package ecopark.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ecopark.ApplicationTest;
import ecopark.ReportFixtures;
import ecopark.publication.service.FormDocuments;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** A report that is not published is a PDF only for those who may see it, and every page says 草稿. */
@ApplicationTest
class DraftDocumentTest {

    @Autowired PublicationFixtures fixtures;
    @Autowired ReportFixtures reports;
    @Autowired FormDocuments documents;

    @Test
    void staff_and_reviewers_get_the_draft_pdf_watermarked_on_every_page() throws IOException {
        long report = reports.completeReport(fixtures.nextYear());

        for (String user : new String[] {"cc_staff", "cc_reviewer1", "cc_manager", "admin"}) {
            FormDocuments.Document pdf = fixtures.as(user, () -> documents.draftPdf(report));
            assertThat(pdf.fileName()).endsWith("-草稿.pdf");
            try (PDDocument document = Loader.loadPDF(pdf.content())) {
                PDFTextStripper stripper = new PDFTextStripper();
                for (int page = 1; page <= document.getNumberOfPages(); page++) {
                    stripper.setStartPage(page);
                    stripper.setEndPage(page);
                    // The diagonal watermark comes out of the text extraction one character per line.
                    assertThat(stripper.getText(document).replaceAll("\\s+", "")).as(user + ", page " + page)
                            .contains("草稿");
                }
                assertThat(new PDFTextStripper().getText(document)).contains("长春经济技术开发区", "草稿，未发布");
            }
        }
    }

    @Test
    void staff_of_another_park_and_anonymous_visitors_get_no_draft() {
        long report = reports.completeReport(fixtures.nextYear());

        assertThatThrownBy(() -> fixtures.as("tj_staff", () -> documents.draftPdf(report)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> documents.draftPdf(report))
                .isInstanceOf(org.springframework.security.core.AuthenticationException.class);
    }
}
