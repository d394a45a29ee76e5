package ecopark.evaluation.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface YearlyStatisticRepository extends JpaRepository<YearlyStatistic, Long> {

    List<YearlyStatistic> findByParkIdAndYearBetween(long parkId, int fromYear, int toYear);

    Optional<YearlyStatistic> findByParkIdAndYearAndStatisticKey(long parkId, int year, String statisticKey);

    boolean existsByParkId(long parkId);

    @Query("select new ecopark.evaluation.domain.StatisticValue(s.statisticKey, s.year, s.value) "
            + "from YearlyStatistic s where s.parkId = :parkId and s.year between :fromYear and :toYear")
    List<StatisticValue> valuesOf(long parkId, int fromYear, int toYear);

    /** A park's statistics of three years, which may coincide: parameters, not a list, so Hibernate keeps the plan. */
    @Query("select new ecopark.evaluation.domain.StatisticValue(s.statisticKey, s.year, s.value) "
            + "from YearlyStatistic s where s.parkId = :parkId and s.year in (:first, :second, :third)")
    List<StatisticValue> valuesOfYears(long parkId, int first, int second, int third);
}
