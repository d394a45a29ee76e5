package ecopark.park.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ParkRepository extends JpaRepository<Park, Long> {

    /**
     * Parks within a scope: a null park or pattern means "no restriction" on that column, {@code allJurisdictions}
     * lifts the restriction to {@code jurisdictionIds} (a subtree of the hierarchy, never empty); {@code pattern} is
     * a LIKE pattern for name or city built by {@link ecopark.base.domain.LikePattern}, whose escape character the
     * query names.
     */
    @Query("""
            select p from Park p
            where (:parkId is null or p.id = :parkId)
              and (:allJurisdictions = true or p.jurisdictionId in (:jurisdictionIds))
              and (:pattern is null or p.name like :pattern escape '!' or p.city like :pattern escape '!')
            """)
    Page<Park> findInScope(Long parkId, boolean allJurisdictions, Collection<Long> jurisdictionIds, String pattern,
            Pageable pageable);

    List<Park> findAllByOrderByNameAsc();

    boolean existsByName(String name);

    boolean existsByNameAndIdNot(String name, Long id);

    List<Park> findAllByJurisdictionIdOrderByNameAsc(Long jurisdictionId);
}
