package ecopark.review.service;

import ecopark.report.service.ReviewFeedback;
import ecopark.review.domain.ReviewCommentRepository;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Hands the reviewers' comments to the report editor. */
@Component
@Transactional(readOnly = true)
class ReviewFeedbackAdapter implements ReviewFeedback {

    private final ReviewCommentRepository comments;

    ReviewFeedbackAdapter(ReviewCommentRepository comments) {
        this.comments = comments;
    }

    @Override
    public List<Item> forReport(long reportId) {
        return comments.findByReportIdOrderByIdAsc(reportId).stream()
                .map(c -> new Item(c.getAuthorName(), c.getStage().labelKey(), c.getRevisionNumber(), c.getAnchor(),
                        c.getBody(), c.getCreatedAt()))
                .toList();
    }
}
