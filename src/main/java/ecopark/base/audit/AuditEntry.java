package ecopark.base.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of the audit trail. Append-only: no setters, no version, never updated or deleted by the product. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    public static final int DETAIL_MAX_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false, length = 50)
    private String actor;

    @Column(name = "actor_name", nullable = false, updatable = false, length = 100)
    private String actorName;

    @Column(nullable = false, updatable = false, length = 40)
    private String action;

    @Column(name = "subject_type", nullable = false, updatable = false, length = 30)
    private String subjectType;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private Long subjectId;

    @Column(name = "park_id", updatable = false)
    private Long parkId;

    /** Free text of lines written before details became data (V49); newer lines leave it empty. */
    @Column(updatable = false, length = DETAIL_MAX_LENGTH)
    private String detail;

    /** The arguments of the action's detail message, as JSON ({@link AuditDetail}). */
    @Column(name = "detail_args", updatable = false, length = 2000)
    private String detailArgs;

    protected AuditEntry() {
    }

    AuditEntry(Instant occurredAt, String actor, String actorName, String action, String subjectType, long subjectId,
            Long parkId, String detailArgs) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.actorName = actorName;
        this.action = action;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.parkId = parkId;
        this.detailArgs = detailArgs;
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getActorName() {
        return actorName;
    }

    public String getAction() {
        return action;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public Long getSubjectId() {
        return subjectId;
    }

    public Long getParkId() {
        return parkId;
    }

    /** The free-text detail of a line written before V49; read lines through {@link AuditText}. */
    public String getDetail() {
        return detail;
    }

    /** The arguments of the detail message, as the line stored them. */
    public Object[] detailArguments() {
        return AuditDetail.fromJson(detailArgs);
    }

    public boolean hasDetailArguments() {
        return detailArgs != null;
    }

    /** Whether the system (a timer, a process step, demo data) acted rather than a person. */
    public boolean bySystem() {
        return AuditTrail.Actor.isSystem(actor, actorName);
    }
}
