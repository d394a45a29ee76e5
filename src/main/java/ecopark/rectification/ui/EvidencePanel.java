package ecopark.rectification.ui;

import ecopark.base.filestore.ui.StoredFilesPanel;
import ecopark.rectification.service.EvidenceDownload;
import ecopark.rectification.service.EvidenceItem;
import ecopark.rectification.service.EvidenceService;
import java.time.ZoneId;
import java.util.List;

/**
 * The evidence files of a task: listed for everyone who may see the task, each download checked by the service;
 * uploaded and removed by the park's staff while they rectify.
 */
class EvidencePanel extends StoredFilesPanel {

    EvidencePanel(EvidenceService evidence, long taskId, boolean editable, ZoneId zone, Runnable changed) {
        super(source(evidence, taskId), new Look("rectification.evidence", "evidence", "evidence-message"), editable,
                zone, changed);
        addClassNames("task-part", "evidence");
        setId("evidence");
    }

    private static Store source(EvidenceService evidence, long taskId) {
        return new Store() {
            @Override
            public List<Item> list() {
                return evidence.list(taskId).stream().map(EvidencePanel::item).toList();
            }

            @Override
            public void upload(String fileName, byte[] data) {
                evidence.upload(taskId, fileName, data);
            }

            @Override
            public Download download(long fileId) {
                EvidenceDownload file = evidence.download(fileId);
                return new Download(file.fileName(), file.contentType(), file.content());
            }

            @Override
            public void remove(long fileId) {
                evidence.remove(fileId);
            }

            @Override
            public long maxSizeMegabytes() {
                return evidence.maxSizeMegabytes();
            }
        };
    }

    private static Item item(EvidenceItem e) {
        return new Item(e.id(), e.fileName(), e.sizeBytes(), e.uploadedAt(), e.uploadedBy());
    }
}
