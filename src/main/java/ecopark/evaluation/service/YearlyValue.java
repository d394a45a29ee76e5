package ecopark.evaluation.service;

import java.math.BigDecimal;
import java.time.Instant;

/** One statistic of a park for a year, as entered. */
public record YearlyValue(long parkId, int year, String statistic, BigDecimal value, Instant updatedAt,
        String updatedBy) {
}
