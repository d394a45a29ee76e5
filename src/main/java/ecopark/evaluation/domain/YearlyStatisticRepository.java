package ecopark.evaluation.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface YearlyStatisticRepository extends JpaRepository<YearlyStatistic, Long> {

    List<YearlyStatistic> findByParkIdAndYearBetween(long parkId, int fromYear, int toYear);

    Optional<YearlyStatistic> findByParkIdAndYearAndStatisticKey(long parkId, int year, String statisticKey);

    boolean existsByParkId(long parkId);
}
