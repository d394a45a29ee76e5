package ecopark.rectification.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface InspectionRoundRepository extends JpaRepository<InspectionRound, Long> {

    /**
     * Rounds of a scope: every round when {@code all}; else a bureau's rounds (no park) of the jurisdictions in
     * {@code wide}, and the park batches of the jurisdictions in {@code batches}, of the one park {@code parkId} if
     * it is not null. Neither collection may be empty.
     */
    @Query("""
            select r from InspectionRound r
            where :all = true
               or r.parkId is null and r.jurisdictionId in (:wide)
               or r.parkId is not null and r.jurisdictionId in (:batches) and (:parkId is null or r.parkId = :parkId)
            order by r.issuedOn desc, r.id desc
            """)
    List<InspectionRound> findInScope(boolean all, Collection<Long> wide, Collection<Long> batches, Long parkId);

    boolean existsByJurisdictionIdAndName(Long jurisdictionId, String name);
}
