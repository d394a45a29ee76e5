package ecopark.review.domain;

import ecopark.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A reviewer's comment on one revision, attached to a part of the form: the whole report ({@code GENERAL}), a
 * section ({@code SECTION:MAIN_WORK}, {@code SECTION:BASIC}) or an indicator row ({@code INDICATOR:16}).
 */
@Entity
@Table(name = "review_comment")
public class ReviewComment extends AbstractEntity {

    public static final int BODY_MAX_LENGTH = 5000;

    @Column(name = "report_id", nullable = false)
    private Long reportId;

    @Column(name = "revision_number", nullable = false)
    private int revisionNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ReviewStage stage;

    @Column(nullable = false, length = 40)
    private String anchor;

    @Column(nullable = false, columnDefinition = "longtext")
    private String body;

    @Column(nullable = false, length = 50)
    private String author;

    @Column(name = "author_name", nullable = false, length = 100)
    private String authorName;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ReviewComment() {
    }

    public ReviewComment(long reportId, int revisionNumber, ReviewStage stage, String anchor, String body, String author,
            String authorName, Instant createdAt) {
        this.reportId = reportId;
        this.revisionNumber = revisionNumber;
        this.stage = stage;
        this.anchor = anchor;
        this.body = body;
        this.author = author;
        this.authorName = authorName;
        this.createdAt = createdAt;
    }

    public Long getReportId() {
        return reportId;
    }

    public int getRevisionNumber() {
        return revisionNumber;
    }

    public ReviewStage getStage() {
        return stage;
    }

    public String getAnchor() {
        return anchor;
    }

    public String getBody() {
        return body;
    }

    public String getAuthor() {
        return author;
    }

    public String getAuthorName() {
        return authorName;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
