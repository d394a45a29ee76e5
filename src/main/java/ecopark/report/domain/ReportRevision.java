package ecopark.report.domain;

import ecopark.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One submission of a report, frozen: the whole form as submitted (a JSON snapshot), numbered 1, 2, 3… per report.
 * Never changed after it is written; reviewers compare revisions and publication freezes one.
 */
@Entity
@Table(name = "report_revision")
public class ReportRevision extends AbstractEntity {

    @Column(name = "report_id", nullable = false, updatable = false)
    private Long reportId;

    @Column(name = "revision_number", nullable = false, updatable = false)
    private int number;

    @Column(nullable = false, updatable = false, columnDefinition = "longtext")
    private String snapshot;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;

    @Column(name = "submitted_by", nullable = false, updatable = false, length = 100)
    private String submittedBy;

    protected ReportRevision() {
    }

    public ReportRevision(long reportId, int number, String snapshot, Instant submittedAt, String submittedBy) {
        this.reportId = reportId;
        this.number = number;
        this.snapshot = snapshot;
        this.submittedAt = submittedAt;
        this.submittedBy = submittedBy;
    }

    public Long getReportId() {
        return reportId;
    }

    public int getNumber() {
        return number;
    }

    public String getSnapshot() {
        return snapshot;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }
}
