package ecopark.report.ui;

import ecopark.base.filestore.ui.StoredFilesPanel;
import ecopark.report.service.AttachmentItem;
import ecopark.report.service.DownloadedFile;
import ecopark.report.service.ReportAttachmentService;
import java.time.ZoneId;
import java.util.List;

/**
 * A report's supporting documents (a carbon-peaking special report, a re-check improvement plan): listed for
 * everyone who may see the report, uploaded and removed by its staff while it is editable.
 */
class AttachmentsPanel extends StoredFilesPanel {

    AttachmentsPanel(ReportAttachmentService attachments, long reportId, boolean editable, ZoneId zone) {
        super(source(attachments, reportId), new Look("report.attachments", "attachment", "upload-message"), editable,
                zone, () -> { });
        addClassNames("form-part", "attachments");
    }

    private static Store source(ReportAttachmentService attachments, long reportId) {
        return new Store() {
            @Override
            public List<Item> list() {
                // A notice deliverable is listed under its deliverable (NoticePart), the other documents here.
                return attachments.list(reportId).stream().filter(a -> a.deliverableId() == null)
                        .map(AttachmentsPanel::item).toList();
            }

            @Override
            public void upload(String fileName, byte[] data) {
                attachments.upload(reportId, fileName, data);
            }

            @Override
            public Download download(long fileId) {
                DownloadedFile file = attachments.download(fileId);
                return new Download(file.fileName(), file.contentType(), file.content());
            }

            @Override
            public void remove(long fileId) {
                attachments.remove(fileId);
            }

            @Override
            public long maxSizeMegabytes() {
                return attachments.maxSizeMegabytes();
            }
        };
    }

    private static Item item(AttachmentItem a) {
        return new Item(a.id(), a.fileName(), a.sizeBytes(), a.uploadedAt(), a.uploadedBy());
    }
}
