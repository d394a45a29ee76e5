package ecopark.evaluation.service;

import ecopark.evaluation.domain.StatisticDefinition;
import ecopark.evaluation.domain.ValueRange;

/** A yearly statistic parks enter, with its unit and the range a typed value must fall in. */
public record StatisticSpec(String key, LocalizedText name, LocalizedText unit, int sortOrder, ValueRange range) {

    /** A statistic built in memory without catalogue data: non-negative, as the columns allow. */
    public StatisticSpec(String key, LocalizedText name, LocalizedText unit, int sortOrder) {
        this(key, name, unit, sortOrder, ValueRange.nonNegative(false));
    }

    static StatisticSpec of(StatisticDefinition s) {
        return new StatisticSpec(s.getKey(), new LocalizedText(s.getNameZh(), s.getNameEn()),
                new LocalizedText(s.getUnitZh(), s.getUnitEn()), s.getSortOrder(), s.getValueRange());
    }
}
