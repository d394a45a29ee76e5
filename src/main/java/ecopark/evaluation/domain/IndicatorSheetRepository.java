package ecopark.evaluation.domain;

import java.util.Collection;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface IndicatorSheetRepository extends JpaRepository<IndicatorSheet, Long> {

    @EntityGraph(attributePaths = "entries")
    Optional<IndicatorSheet> findByReportId(long reportId);

    @EntityGraph(attributePaths = "entries")
    Optional<IndicatorSheet> findByParkIdAndYear(long parkId, int year);

    boolean existsByReportId(long reportId);

    Page<IndicatorSheet> findByParkIdIn(Collection<Long> parkIds, Pageable pageable);
}
