package ecopark.evaluation.service;

import ecopark.base.domain.BusinessRuleException;
import ecopark.evaluation.domain.StatisticDefinition;
import ecopark.evaluation.domain.StatisticDefinitionRepository;
import ecopark.evaluation.domain.YearlyStatistic;
import ecopark.evaluation.domain.YearlyStatisticRepository;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A park's yearly statistics, the facts computed indicators are made from. Staff of the park and administrators
 * write them; everyone whose scope reaches the park reads them. They are not locked with a report: the same years
 * serve consecutive reports, and a published report's evaluation is frozen by its own snapshot.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class StatisticsService {

    private final YearlyStatisticRepository statistics;
    private final StatisticDefinitionRepository definitions;
    private final EvaluationAccess access;
    private final Clock clock;

    StatisticsService(YearlyStatisticRepository statistics, StatisticDefinitionRepository definitions,
            EvaluationAccess access, Clock clock) {
        this.statistics = statistics;
        this.definitions = definitions;
        this.access = access;
        this.clock = clock;
    }

    /** Records (or corrects) statistics of one park and year; each value within its statistic's range. */
    public void record(long parkId, int year, Map<String, BigDecimal> values) {
        String by = access.requireWriter(parkId);
        Map<String, StatisticSpec> known = definitions.findAll().stream()
                .collect(Collectors.toMap(StatisticDefinition::getKey, StatisticSpec::of));
        values.forEach((key, value) -> {
            if (!known.containsKey(key)) {
                throw new BusinessRuleException("evaluation.error.unknownStatistic", key);
            }
            refusedValue(known.get(key), value).ifPresent(reason -> {
                throw new BusinessRuleException(reason.key(), reason.args().toArray());
            });
            YearlyStatistic row = statistics.findByParkIdAndYearAndStatisticKey(parkId, year, key)
                    .orElseGet(() -> new YearlyStatistic(parkId, year, key));
            row.record(value, by, clock.instant());
            statistics.save(row);
        });
        statistics.flush();
    }

    /**
     * Why a value may not be recorded for a statistic (missing, or outside its catalogue range: see
     * {@link PlausibleValue}), or empty. The spreadsheet import and the API ask the same rule before they change
     * anything.
     */
    public static Optional<Reason> refusedValue(StatisticSpec statistic, BigDecimal value) {
        if (value == null) {
            return Optional.of(Reason.of("entry.error.missing", statistic.name()));
        }
        return EnteredValue.of(statistic, value).refusal();
    }

    @Transactional(readOnly = true)
    public List<YearlyValue> values(long parkId, int fromYear, int toYear) {
        access.requireReader(parkId);
        return statistics.findByParkIdAndYearBetween(parkId, fromYear, toYear).stream()
                .sorted(Comparator.comparingInt(YearlyStatistic::getYear).thenComparing(YearlyStatistic::getStatisticKey))
                .map(s -> new YearlyValue(s.getParkId(), s.getYear(), s.getStatisticKey(), s.getValue(),
                        s.getUpdatedAt(), s.getUpdatedBy()))
                .toList();
    }

    /** The statistics of a span of years as the evaluator reads them. */
    @Transactional(readOnly = true)
    public StatisticTable table(long parkId, int fromYear, int toYear) {
        access.requireReader(parkId);
        return StatisticTable.of(statistics.valuesOf(parkId, fromYear, toYear));
    }

    @Transactional(readOnly = true)
    public boolean hasAny(long parkId) {
        access.requireReader(parkId);
        return statistics.existsByParkId(parkId);
    }
}
