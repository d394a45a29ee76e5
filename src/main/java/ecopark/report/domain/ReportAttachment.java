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

    /** The notice deliverable this file is, e.g. the carbon-peaking special report; null for any other document. */
    @Column(name = "deliverable_id")
    private Long deliverableId;

    protected ReportAttachment() {
    }

    public ReportAttachment(long reportId, long fileId) {
        this(reportId, fileId, null);
    }

    public ReportAttachment(long reportId, long fileId, Long deliverableId) {
        this.reportId = reportId;
        this.fileId = fileId;
        this.deliverableId = deliverableId;
    }

    public Long getDeliverableId() {
        return deliverableId;
    }

    public Long getReportId() {
        return reportId;
    }

    public Long getFileId() {
        return fileId;
    }
}
