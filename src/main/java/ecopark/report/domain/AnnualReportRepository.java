package ecopark.report.domain;

import java.util.Collection;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AnnualReportRepository extends JpaRepository<AnnualReport, Long> {

    Optional<AnnualReport> findByParkIdAndYear(long parkId, int year);

    boolean existsByParkIdAndYear(long parkId, int year);

    Page<AnnualReport> findByParkIdIn(Collection<Long> parkIds, Pageable pageable);
}
