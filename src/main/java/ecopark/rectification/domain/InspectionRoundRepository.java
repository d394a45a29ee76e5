package ecopark.rectification.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface InspectionRoundRepository extends JpaRepository<InspectionRound, Long> {

    /** Rounds of a scope: a null jurisdiction means every round; a park sees its jurisdiction's rounds and its own. */
    @Query("""
            select r from InspectionRound r
            where (:jurisdictionId is null or r.jurisdictionId = :jurisdictionId)
              and (:parkId is null or r.parkId is null or r.parkId = :parkId)
            order by r.issuedOn desc, r.id desc
            """)
    List<InspectionRound> findInScope(Long jurisdictionId, Long parkId);

    boolean existsByJurisdictionIdAndName(Long jurisdictionId, String name);
}
