package ecopark.report.domain;

import ecopark.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A supporting document of a report (e.g. a carbon-peaking special report); the bytes are in the file store. */
@Entity
@Table(name = "report_attachment")
public class ReportAttachment extends AbstractEntity {

    @Column(name = "report_id", nullable = false)
    private Long reportId;

    @Column(name = "file_id", nullable = false)
    private Long fileId;

    protected ReportAttachment() {
    }

    public ReportAttachment(long reportId, long fileId) {
        this.reportId = reportId;
        this.fileId = fileId;
    }

    public Long getReportId() {
        return reportId;
    }

    public Long getFileId() {
        return fileId;
    }
}
