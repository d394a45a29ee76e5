package ecopark.evaluation.service;

import java.math.BigDecimal;

/** How a value is compared with its threshold; comparisons are on exact values, never on rounded ones. */
public enum Comparison {
    AT_LEAST("≥"),
    AT_MOST("≤"),
    EQUAL("="),
    /** A yes/no state that must be yes. */
    IS_YES("");

    private final String symbol;

    Comparison(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    public boolean holds(BigDecimal value, BigDecimal threshold) {
        int c = value.compareTo(threshold);
        return switch (this) {
            case AT_LEAST -> c >= 0;
            case AT_MOST -> c <= 0;
            case EQUAL -> c == 0;
            case IS_YES -> throw new IllegalStateException("A state is not compared with a number");
        };
    }
}
