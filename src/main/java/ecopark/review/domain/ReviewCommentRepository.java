package ecopark.review.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReviewCommentRepository extends JpaRepository<ReviewComment, Long> {

    List<ReviewComment> findByReportIdOrderByIdAsc(long reportId);
}
