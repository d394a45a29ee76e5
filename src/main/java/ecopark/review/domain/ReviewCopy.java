package ecopark.review.domain;

import ecopark.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A revision copied (抄送) to one colleague of the same bureau for information: no task, no decision, only who sent
 * it, why, and whether the colleague has opened it.
 */
@Entity
@Table(name = "review_copy")
public class ReviewCopy extends AbstractEntity {

    public static final int NOTE_MAX_LENGTH = 500;

    @Column(name = "report_id", nullable = false, updatable = false)
    private Long reportId;

    @Column(name = "park_id", nullable = false, updatable = false)
    private Long parkId;

    @Column(name = "jurisdiction_id", nullable = false, updatable = false)
    private Long jurisdictionId;

    @Column(name = "revision_number", nullable = false, updatable = false)
    private int revisionNumber;

    @Column(nullable = false, updatable = false, length = 50)
    private String recipient;

    @Column(nullable = false, updatable = false, length = 50)
    private String sender;

    @Column(name = "sender_name", nullable = false, updatable = false, length = 100)
    private String senderName;

    @Column(length = NOTE_MAX_LENGTH, updatable = false)
    private String note;

    @Column(name = "sent_at", nullable = false, updatable = false)
    private Instant sentAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected ReviewCopy() {
    }

    public ReviewCopy(long reportId, long parkId, long jurisdictionId, int revisionNumber, String recipient,
            String sender, String senderName, String note, Instant sentAt) {
        this.reportId = reportId;
        this.parkId = parkId;
        this.jurisdictionId = jurisdictionId;
        this.revisionNumber = revisionNumber;
        this.recipient = recipient;
        this.sender = sender;
        this.senderName = senderName;
        this.note = note;
        this.sentAt = sentAt;
    }

    /** The first opening counts; later ones keep that time. */
    public void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public Long getReportId() {
        return reportId;
    }

    public Long getParkId() {
        return parkId;
    }

    public Long getJurisdictionId() {
        return jurisdictionId;
    }

    public int getRevisionNumber() {
        return revisionNumber;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSender() {
        return sender;
    }

    public String getSenderName() {
        return senderName;
    }

    public String getNote() {
        return note;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public Instant getReadAt() {
        return readAt;
    }

    public boolean isRead() {
        return readAt != null;
    }
}
