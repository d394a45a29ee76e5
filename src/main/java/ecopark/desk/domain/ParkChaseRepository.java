package ecopark.desk.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ParkChaseRepository extends JpaRepository<ParkChase, Long> {

    Optional<ParkChase> findByParkIdAndChasedOn(long parkId, LocalDate chasedOn);

    List<ParkChase> findByParkIdInAndChasedOn(Collection<Long> parkIds, LocalDate chasedOn);

    List<ParkChase> findByParkIdAndReportYearOrderByChasedAtDesc(long parkId, int reportYear);

    List<ParkChase> findByParkIdOrderByChasedAtDesc(long parkId);

    List<ParkChase> findByParkIdInAndReportYearOrderByChasedAtDesc(Collection<Long> parkIds, int reportYear);
}
