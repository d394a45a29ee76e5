package ecopark.review.domain;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReviewDecisionRepository extends JpaRepository<ReviewDecision, Long> {

    Optional<ReviewDecision> findFirstByReportIdAndRevisionNumberAndStageAndOutcomeOrderByIdDesc(long reportId,
            int revisionNumber, ReviewStage stage, ReviewDecision.Outcome outcome);

    Page<ReviewDecision> findByReviewer(String reviewer, Pageable pageable);

}
