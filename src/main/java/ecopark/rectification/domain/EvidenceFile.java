package ecopark.rectification.domain;

import ecopark.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** An evidence file of a task (photos, acceptance reports, orders); the bytes are in the shared file store. */
@Entity
@Table(name = "rectification_evidence")
public class EvidenceFile extends AbstractEntity {

    @Column(name = "task_id", nullable = false)
    private Long taskId;

    @Column(name = "file_id", nullable = false)
    private Long fileId;

    protected EvidenceFile() {
    }

    public EvidenceFile(long taskId, long fileId) {
        this.taskId = taskId;
        this.fileId = fileId;
    }

    public Long getTaskId() {
        return taskId;
    }

    public Long getFileId() {
        return fileId;
    }
}
