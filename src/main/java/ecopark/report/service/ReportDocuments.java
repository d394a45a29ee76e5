package ecopark.report.service;

import java.util.Optional;

/**
 * Where a report's documents are: the watermarked draft PDF for those who may see the report, and the public page of
 * its current publication. Implemented by the publication feature, so that report does not depend on it.
 */
public interface ReportDocuments {

    /** Address of the report's draft PDF (watermarked 草稿), served to signed-in users who may see the report. */
    String draftPdf(long reportId);

    /** Address of the public page of the report's current publication, if it was ever published. */
    Optional<String> publicPage(long reportId);
}
