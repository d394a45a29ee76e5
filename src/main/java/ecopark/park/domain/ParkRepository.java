package ecopark.park.domain;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ParkRepository extends JpaRepository<Park, Long> {

    /** Parks within a scope: a null argument means "no restriction" on that column. */
    @Query("""
            select p from Park p
            where (:parkId is null or p.id = :parkId)
              and (:jurisdictionId is null or p.jurisdictionId = :jurisdictionId)
              and (:text is null or p.name like concat('%', :text, '%') or p.city like concat('%', :text, '%'))
            """)
    Page<Park> findInScope(Long parkId, Long jurisdictionId, String text, Pageable pageable);

    List<Park> findAllByOrderByNameAsc();

    boolean existsByName(String name);

    boolean existsByNameAndIdNot(String name, Long id);

    List<Park> findAllByJurisdictionIdOrderByNameAsc(Long jurisdictionId);
}
