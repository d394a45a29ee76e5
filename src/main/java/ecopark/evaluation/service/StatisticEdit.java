package ecopark.evaluation.service;

import java.math.BigDecimal;

/**
 * A statistic of a park for a year as the user left it in a form: a value to record, or null to delete the recorded
 * one (an emptied cell).
 */
public record StatisticEdit(int year, String key, BigDecimal value) {

    /** The name a form and the services give this cell when they mark it. */
    public String field() {
        return SheetEdits.statisticField(key, year);
    }
}
