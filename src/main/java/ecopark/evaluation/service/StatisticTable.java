package ecopark.evaluation.service;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** A park's yearly statistics as the evaluator reads them: value of a statistic in a year, if entered. */
public final class StatisticTable {

    private final Map<String, Map<Integer, BigDecimal>> values;

    private StatisticTable(Map<String, Map<Integer, BigDecimal>> values) {
        this.values = values;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The table of stored rows. */
    public static StatisticTable of(Iterable<ecopark.evaluation.domain.StatisticValue> rows) {
        Builder table = builder();
        for (ecopark.evaluation.domain.StatisticValue s : rows) {
            table.put(s.statisticKey(), s.year(), s.value());
        }
        return table.build();
    }

    public Optional<BigDecimal> value(String statistic, int year) {
        Map<Integer, BigDecimal> byYear = values.get(statistic);
        return byYear == null ? Optional.empty() : Optional.ofNullable(byYear.get(year));
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    public static final class Builder {

        private final Map<String, Map<Integer, BigDecimal>> values = new HashMap<>();

        public Builder put(String statistic, int year, BigDecimal value) {
            values.computeIfAbsent(statistic, k -> new HashMap<>()).put(year, value);
            return this;
        }

        public StatisticTable build() {
            Map<String, Map<Integer, BigDecimal>> copy = new HashMap<>();
            values.forEach((k, v) -> copy.put(k, Map.copyOf(v)));
            return new StatisticTable(copy);
        }
    }
}
