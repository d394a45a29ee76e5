package ecopark.rectification.domain;

import ecopark.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A rectification task (整改任务) of one park: what was found, who fixes it by when, how far they are, and where it
 * came from (an inspection round, a petition, a failed indicator of a report). Its lifecycle runs in the BPMN process
 * {@code rectificationTask}; this row holds the business data and the current status.
 */
@Entity
@Table(name = "rectification_task")
public class RectificationTask extends AbstractEntity {

    public static final int TITLE_MAX_LENGTH = 200;
    public static final int DESCRIPTION_MAX_LENGTH = 10_000;
    public static final int UNIT_MAX_LENGTH = 200;
    public static final int PERSON_MAX_LENGTH = 100;
    public static final int NOTE_MAX_LENGTH = 2000;

    @Column(name = "park_id", nullable = false)
    private Long parkId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private RectificationSource source;

    @Column(name = "round_id")
    private Long roundId;

    @Column(nullable = false, length = TITLE_MAX_LENGTH)
    private String title;

    @Column(columnDefinition = "longtext")
    private String description;

    @Column(name = "responsible_unit", nullable = false, length = UNIT_MAX_LENGTH)
    private String responsibleUnit;

    @Column(name = "responsible_person", nullable = false, length = PERSON_MAX_LENGTH)
    private String responsiblePerson;

    /** The park account that answers for the task, when the responsible person has one: it hears of the deadline. */
    @Column(name = "responsible_username", length = 50)
    private String responsibleUsername;

    @Column(name = "assigned_on", nullable = false)
    private LocalDate assignedOn;

    @Column(nullable = false)
    private LocalDate deadline;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private TaskStatus status;

    @Column(name = "progress_percent", nullable = false)
    private int progressPercent;

    @Column(name = "progress_note", length = NOTE_MAX_LENGTH)
    private String progressNote;

    @Column(name = "report_id")
    private Long reportId;

    @Column(name = "indicator_code", length = 10)
    private String indicatorCode;

    @Column(name = "completed_on")
    private LocalDate completedOn;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Column(name = "closed_by", length = 100)
    private String closedBy;

    @Column(name = "return_reason", length = NOTE_MAX_LENGTH)
    private String returnReason;

    /** The deadline whose passing was last announced, so a timer that fires again for it stays quiet. */
    @Column(name = "overdue_notified_for")
    private LocalDate overdueNotifiedFor;

    @Column(name = "process_instance_id", length = 64)
    private String processInstanceId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;

    protected RectificationTask() {
    }

    public RectificationTask(long parkId, RectificationSource source, Long roundId, LocalDate assignedOn,
            Instant createdAt, String createdBy) {
        this.parkId = parkId;
        this.source = source;
        this.roundId = roundId;
        this.assignedOn = assignedOn;
        this.status = TaskStatus.OPEN;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.updatedAt = createdAt;
        this.updatedBy = createdBy;
    }

    /** Whether the park is late: still working on it and the deadline has passed (docs/product.md: overdue at the deadline). */
    public boolean isOverdue(LocalDate today) {
        return status.isBeingRectified() && deadline.isBefore(today);
    }

    public void describe(String title, String description, String responsibleUnit, String responsiblePerson,
            String responsibleUsername, LocalDate deadline) {
        this.title = title;
        this.description = description;
        this.responsibleUnit = responsibleUnit;
        this.responsiblePerson = responsiblePerson;
        this.responsibleUsername = responsibleUsername;
        this.deadline = deadline;
    }

    public void linkTo(Long reportId, String indicatorCode) {
        this.reportId = reportId;
        this.indicatorCode = indicatorCode;
    }

    public void recordProgress(int percent, String note) {
        this.progressPercent = percent;
        this.progressNote = note;
        if (status == TaskStatus.OPEN || status == TaskStatus.RETURNED) {
            status = TaskStatus.IN_PROGRESS;
        }
    }

    /** Done, waiting for verification; the completion note, if any, is the latest progress the task shows. */
    public void markCompleted(LocalDate on, String note) {
        status = TaskStatus.AWAITING_VERIFICATION;
        completedOn = on;
        progressPercent = 100;
        returnReason = null;
        if (note != null && !note.isBlank()) {
            progressNote = note;
        }
    }

    public void close(LocalDate on, String by) {
        status = TaskStatus.CLOSED;
        closedOn = on;
        closedBy = by;
        progressPercent = 100;
    }

    public void returnForRework(String reason) {
        status = TaskStatus.RETURNED;
        returnReason = reason;
        completedOn = null;
    }

    public void extendDeadline(LocalDate newDeadline) {
        this.deadline = newDeadline;
    }

    public void startedAs(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    public void touch(String by, Instant at) {
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public Long getParkId() {
        return parkId;
    }

    public RectificationSource getSource() {
        return source;
    }

    public Long getRoundId() {
        return roundId;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public String getResponsibleUnit() {
        return responsibleUnit;
    }

    public String getResponsiblePerson() {
        return responsiblePerson;
    }

    public String getResponsibleUsername() {
        return responsibleUsername;
    }

    public LocalDate getAssignedOn() {
        return assignedOn;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public TaskStatus getStatus() {
        return status;
    }

    public int getProgressPercent() {
        return progressPercent;
    }

    public String getProgressNote() {
        return progressNote;
    }

    public Long getReportId() {
        return reportId;
    }

    public String getIndicatorCode() {
        return indicatorCode;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public String getClosedBy() {
        return closedBy;
    }

    public String getReturnReason() {
        return returnReason;
    }

    public LocalDate getOverdueNotifiedFor() {
        return overdueNotifiedFor;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
