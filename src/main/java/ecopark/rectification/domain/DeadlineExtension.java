package ecopark.rectification.domain;

import ecopark.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A request by the park to move a task's deadline, with its reason, and the manager's decision on it. */
@Entity
@Table(name = "rectification_extension")
public class DeadlineExtension extends AbstractEntity {

    public enum Decision {
        PENDING, APPROVED, REJECTED;

        public String labelKey() {
            return "rectification.extension.status." + name();
        }
    }

    @Column(name = "task_id", nullable = false)
    private Long taskId;

    @Column(name = "previous_deadline", nullable = false)
    private LocalDate previousDeadline;

    @Column(name = "requested_deadline", nullable = false)
    private LocalDate requestedDeadline;

    @Column(nullable = false, length = RectificationTask.NOTE_MAX_LENGTH)
    private String reason;

    @Column(name = "requested_by", nullable = false, length = 50)
    private String requestedBy;

    @Column(name = "requested_by_name", nullable = false, length = 100)
    private String requestedByName;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Decision status;

    @Column(name = "decided_by", length = 50)
    private String decidedBy;

    @Column(name = "decided_by_name", length = 100)
    private String decidedByName;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_note", length = RectificationTask.NOTE_MAX_LENGTH)
    private String decisionNote;

    protected DeadlineExtension() {
    }

    public DeadlineExtension(long taskId, LocalDate previousDeadline, LocalDate requestedDeadline, String reason,
            String requestedBy, String requestedByName, Instant requestedAt) {
        this.taskId = taskId;
        this.previousDeadline = previousDeadline;
        this.requestedDeadline = requestedDeadline;
        this.reason = reason;
        this.requestedBy = requestedBy;
        this.requestedByName = requestedByName;
        this.requestedAt = requestedAt;
        this.status = Decision.PENDING;
    }

    public void decide(boolean approved, String by, String byName, Instant at, String note) {
        this.status = approved ? Decision.APPROVED : Decision.REJECTED;
        this.decidedBy = by;
        this.decidedByName = byName;
        this.decidedAt = at;
        this.decisionNote = note;
    }

    public Long getTaskId() {
        return taskId;
    }

    public LocalDate getPreviousDeadline() {
        return previousDeadline;
    }

    public LocalDate getRequestedDeadline() {
        return requestedDeadline;
    }

    public String getReason() {
        return reason;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public String getRequestedByName() {
        return requestedByName;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public Decision getStatus() {
        return status;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public String getDecidedByName() {
        return decidedByName;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecisionNote() {
        return decisionNote;
    }
}
