package ecopark.review.domain;

import ecopark.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** What a reviewer decided on one revision at one stage; the basis of four eyes and of the done list (已办). */
@Entity
@Table(name = "review_decision")
public class ReviewDecision extends AbstractEntity {

    public enum Outcome { APPROVED, RETURNED }

    @Column(name = "report_id", nullable = false)
    private Long reportId;

    @Column(name = "park_id", nullable = false)
    private Long parkId;

    @Column(name = "revision_number", nullable = false)
    private int revisionNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ReviewStage stage;

    @Enumerated(EnumType.STRING)
    @Column(name = "decision", nullable = false, length = 20)
    private Outcome outcome;

    @Column(nullable = false, length = 50)
    private String reviewer;

    @Column(name = "reviewer_name", nullable = false, length = 100)
    private String reviewerName;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    /** The bureau that decided: the stage's jurisdiction (the park's city bureau for a 预审, else its province). */
    @Column(name = "jurisdiction_id")
    private Long jurisdictionId;

    protected ReviewDecision() {
    }

    public ReviewDecision(long reportId, long parkId, int revisionNumber, ReviewStage stage, Outcome outcome,
            String reviewer, String reviewerName, Instant decidedAt) {
        this(reportId, parkId, revisionNumber, stage, outcome, reviewer, reviewerName, decidedAt, null);
    }

    public ReviewDecision(long reportId, long parkId, int revisionNumber, ReviewStage stage, Outcome outcome,
            String reviewer, String reviewerName, Instant decidedAt, Long jurisdictionId) {
        this.jurisdictionId = jurisdictionId;
        this.reportId = reportId;
        this.parkId = parkId;
        this.revisionNumber = revisionNumber;
        this.stage = stage;
        this.outcome = outcome;
        this.reviewer = reviewer;
        this.reviewerName = reviewerName;
        this.decidedAt = decidedAt;
    }

    public Long getJurisdictionId() {
        return jurisdictionId;
    }

    public Long getReportId() {
        return reportId;
    }

    public Long getParkId() {
        return parkId;
    }

    public int getRevisionNumber() {
        return revisionNumber;
    }

    public ReviewStage getStage() {
        return stage;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public String getReviewer() {
        return reviewer;
    }

    public String getReviewerName() {
        return reviewerName;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
