package ecopark.review.domain;

import java.util.Collection;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReviewDecisionRepository extends JpaRepository<ReviewDecision, Long> {

    Optional<ReviewDecision> findFirstByReportIdAndRevisionNumberAndStageAndOutcomeOrderByIdDesc(long reportId,
            int revisionNumber, ReviewStage stage, ReviewDecision.Outcome outcome);

    /**
     * A reviewer's decisions taken for the jurisdiction they review for now (the stage's bureau, V57): one moved to
     * another bureau no longer lists the old one's decisions.
     */
    @Query("""
            select d from ReviewDecision d where d.reviewer = :reviewer and d.jurisdictionId = :jurisdictionId""")
    Page<ReviewDecision> findByReviewerInJurisdiction(@Param("reviewer") String reviewer,
            @Param("jurisdictionId") long jurisdictionId, Pageable pageable);

}
