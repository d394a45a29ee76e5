package ecopark.evaluation.service;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** A park's yearly statistics as the evaluator reads them: value of a statistic in a year, if entered. */
public final class StatisticTable {

    /** Statistic → its values by year; the evaluator looks up some hundred values per report. */
    private final Map<String, Years> values;

    private StatisticTable(Map<String, Years> values) {
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
        return Optional.ofNullable(get(statistic, year));
    }

    /** The value of a statistic in a year, or null when it was not entered. */
    public BigDecimal get(String statistic, int year) {
        Years years = values.get(statistic);
        if (years == null) {
            return null;
        }
        int index = year - years.first;
        return index >= 0 && index < years.values.length ? years.values[index] : null;
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    /** Consecutive years from {@code first}; a year without a value holds null. */
    private record Years(int first, BigDecimal[] values) {
    }

    public static final class Builder {

        private final Map<String, Map<Integer, BigDecimal>> values = new HashMap<>();

        public Builder put(String statistic, int year, BigDecimal value) {
            values.computeIfAbsent(statistic, k -> new HashMap<>()).put(year, value);
            return this;
        }

        public StatisticTable build() {
            Map<String, Years> table = new HashMap<>();
            values.forEach((statistic, byYear) -> {
                int first = byYear.keySet().stream().mapToInt(Integer::intValue).min().orElseThrow();
                int last = byYear.keySet().stream().mapToInt(Integer::intValue).max().orElseThrow();
                BigDecimal[] array = new BigDecimal[last - first + 1];
                byYear.forEach((year, value) -> array[year - first] = value);
                table.put(statistic, new Years(first, array));
            });
            return new StatisticTable(table);
        }
    }
}
