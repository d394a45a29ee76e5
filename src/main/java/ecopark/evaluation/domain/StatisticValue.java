package ecopark.evaluation.domain;

import java.math.BigDecimal;

/** One yearly statistic as the evaluator reads it: no managed entity, since evaluation never changes statistics. */
public record StatisticValue(String statisticKey, int year, BigDecimal value) {
}
