package ecopark.evaluation.service;

import ecopark.evaluation.domain.StatisticValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A park's yearly statistics as the evaluator reads them: value of a statistic in a year, if entered. */
public final class StatisticTable {

    /** Statistic → its values by year from {@link #firstYear}; a year without a value holds null. */
    private final Map<String, BigDecimal[]> values;
    private final int firstYear;

    private StatisticTable(Map<String, BigDecimal[]> values, int firstYear) {
        this.values = values;
        this.firstYear = firstYear;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The table of stored rows. */
    public static StatisticTable of(List<StatisticValue> rows) {
        if (rows.isEmpty()) {
            return new StatisticTable(Map.of(), 0);
        }
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        for (StatisticValue row : rows) {
            first = Math.min(first, row.year());
            last = Math.max(last, row.year());
        }
        Map<String, BigDecimal[]> values = new HashMap<>();
        for (StatisticValue row : rows) {
            BigDecimal[] years = values.get(row.statisticKey());
            if (years == null) {
                years = new BigDecimal[last - first + 1];
                values.put(row.statisticKey(), years);
            }
            years[row.year() - first] = row.value();
        }
        return new StatisticTable(values, first);
    }

    public Optional<BigDecimal> value(String statistic, int year) {
        return Optional.ofNullable(get(statistic, year));
    }

    /** The value of a statistic in a year, or null when it was not entered. */
    public BigDecimal get(String statistic, int year) {
        BigDecimal[] years = values.get(statistic);
        int index = year - firstYear;
        return years != null && index >= 0 && index < years.length ? years[index] : null;
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    public static final class Builder {

        private final List<StatisticValue> rows = new ArrayList<>();

        public Builder put(String statistic, int year, BigDecimal value) {
            rows.add(new StatisticValue(statistic, year, value));
            return this;
        }

        public StatisticTable build() {
            return of(rows);
        }
    }
}
