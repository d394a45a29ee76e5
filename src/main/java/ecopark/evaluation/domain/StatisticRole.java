package ecopark.evaluation.domain;

/** The part a statistic plays in an indicator's formula. */
public enum StatisticRole {
    NUMERATOR,
    DENOMINATOR
}
