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
     * A reviewer's decisions on the parks of the jurisdictions they review now (their bureau's subtree): one moved to
     * another bureau no longer lists the parks of the old one (nor could open their records).
     */
    @Query("""
            select d from ReviewDecision d where d.reviewer = :reviewer
            and d.parkId in (select p.id from Park p where p.jurisdictionId in (:jurisdictionIds))""")
    Page<ReviewDecision> findByReviewerInJurisdictions(@Param("reviewer") String reviewer,
            @Param("jurisdictionIds") Collection<Long> jurisdictionIds, Pageable pageable);

}
