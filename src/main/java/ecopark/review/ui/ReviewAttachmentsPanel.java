package ecopark.review.ui;

import ecopark.base.filestore.ui.StoredFilesPanel;
import ecopark.report.service.AttachmentItem;
import ecopark.report.service.DownloadedFile;
import ecopark.review.service.ReviewRecords;
import java.time.ZoneId;
import java.util.List;

/**
 * The report's supporting documents as a reviewer reads them: listed and downloaded (the report's access rules apply
 * to each download), never changed — a reviewer neither adds nor removes a park's documents.
 */
class ReviewAttachmentsPanel extends StoredFilesPanel {

    ReviewAttachmentsPanel(ReviewRecords records, long reportId, ZoneId zone) {
        super(source(records, reportId), new Look("report.attachments", "review-attachment",
                "review-attachment-message"), zone);
        addClassNames("form-part", "attachments");
        setId("review-attachments");
    }

    private static Source source(ReviewRecords records, long reportId) {
        return new Source() {
            @Override
            public List<Item> list() {
                return records.attachments(reportId).stream().map(ReviewAttachmentsPanel::item).toList();
            }

            @Override
            public Download download(long fileId) {
                DownloadedFile file = records.download(fileId);
                return new Download(file.fileName(), file.contentType(), file.content());
            }
        };
    }

    private static Item item(AttachmentItem a) {
        return new Item(a.id(), a.fileName(), a.sizeBytes(), a.uploadedAt(), a.uploadedBy());
    }
}
