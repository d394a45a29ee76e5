package ecopark.publication.api;

import ecopark.publication.service.FormDocuments;
import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The draft PDF of a report (watermarked 草稿) for the signed-in users of the UI: it sits in the UI's security chain,
 * so the browser session signs in, and the service lets only those through who may see the report.
 */
@RestController
@Hidden
class DraftDocumentController {

    private final FormDocuments documents;

    DraftDocumentController(FormDocuments documents) {
        this.documents = documents;
    }

    @GetMapping("/documents/reports/{reportId}/draft.pdf")
    ResponseEntity<byte[]> draft(@PathVariable long reportId) {
        return PublicFormsApi.download(documents.draftPdf(reportId));
    }
}
