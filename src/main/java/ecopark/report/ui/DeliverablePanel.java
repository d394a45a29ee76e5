package ecopark.report.ui;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import ecopark.base.filestore.ui.StoredFilesPanel;
import ecopark.notice.service.NoticeView;
import ecopark.report.service.DownloadedFile;
import ecopark.report.service.ReportAttachmentService;
import java.time.ZoneId;
import java.util.List;

/**
 * The files a park hands in as one deliverable of the year's notice (e.g. 碳达峰碳中和实施路径专项报告): uploaded here,
 * they are marked as that deliverable, and a file of a kind the notice does not allow is refused next to the upload.
 */
class DeliverablePanel extends StoredFilesPanel {

    DeliverablePanel(ReportAttachmentService attachments, long reportId, NoticeView.Deliverable deliverable,
            boolean editable, ZoneId zone, Runnable changed) {
        super(source(attachments, reportId, deliverable.id()), new Look("report.deliverable", "deliverable",
                "deliverable-message-" + deliverable.id()), editable, zone, changed);
        addClassName("deliverable");
        setId("deliverable-" + deliverable.id());
        // The heading names the deliverable, its allowed kinds and whether it is required.
        getChildren().filter(H3.class::isInstance).findFirst().ifPresent(heading -> {
            remove(heading);
            addComponentAsFirst(new H4(getTranslation(deliverable.required() ? "report.deliverable.required"
                    : "report.deliverable.optional", deliverable.in(getLocale()), deliverable.kindsText())));
        });
    }

    private static Store source(ReportAttachmentService attachments, long reportId, long deliverableId) {
        return new Store() {
            @Override
            public List<Item> list() {
                return attachments.list(reportId).stream()
                        .filter(a -> a.deliverableId() != null && a.deliverableId() == deliverableId)
                        .map(a -> new Item(a.id(), a.fileName(), a.sizeBytes(), a.uploadedAt(), a.uploadedBy()))
                        .toList();
            }

            @Override
            public void upload(String fileName, byte[] data) {
                attachments.uploadDeliverable(reportId, deliverableId, fileName, data);
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
}
