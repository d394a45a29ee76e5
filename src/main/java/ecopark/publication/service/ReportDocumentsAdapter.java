package ecopark.publication.service;

import ecopark.publication.domain.PublicationRepository;
import ecopark.report.service.ReportDocuments;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the report editor where its documents are: the draft PDF and the public page of its current publication. */
@Component
@Transactional(readOnly = true)
class ReportDocumentsAdapter implements ReportDocuments {

    /** Signed-in download of a report's draft PDF (see {@code publication.api.DraftDocumentController}). */
    static final String DRAFT_PDF = "documents/reports/%d/draft.pdf";
    /** The public page of a published form (see {@code publication.web.PublicFormPages}). */
    static final String PUBLIC_PAGE = "public/forms/%d";

    private final PublicationRepository publications;

    ReportDocumentsAdapter(PublicationRepository publications) {
        this.publications = publications;
    }

    @Override
    public String draftPdf(long reportId) {
        return DRAFT_PDF.formatted(reportId);
    }

    @Override
    public Optional<String> publicPage(long reportId) {
        return publications.findByReportIdAndSupersededByIsNull(reportId).map(p -> PUBLIC_PAGE.formatted(p.getId()));
    }
}
