package ecopark.evaluation.service;

import java.math.BigDecimal;

/** A statistic a computed value was made from: which one, of which year, and its value. */
public record Input(int year, String statistic, LocalizedText name, LocalizedText unit, BigDecimal value) {
}
