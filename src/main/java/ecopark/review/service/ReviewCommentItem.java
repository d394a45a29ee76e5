package ecopark.review.service;

import ecopark.review.domain.ReviewStage;
import java.time.Instant;

/** A reviewer's comment as the review screen and the park's staff see it. */
public record ReviewCommentItem(int revisionNumber, ReviewStage stage, String anchor, String body, String authorName,
        Instant createdAt) {
}
