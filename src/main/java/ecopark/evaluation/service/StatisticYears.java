package ecopark.evaluation.service;

import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The years whose statistics a report shows and takes: the report year n and the three before it (three-year growth
 * reads n − 3) and the park's construction base year (growth over the construction period reads it). The editor's
 * statistics form and the spreadsheet template offer exactly these years; the import refuses any other.
 */
public final class StatisticYears {

    private StatisticYears() {
    }

    public static SortedSet<Integer> of(int reportYear, int baseYear) {
        TreeSet<Integer> years = new TreeSet<>();
        for (int year = reportYear - 3; year <= reportYear; year++) {
            years.add(year);
        }
        if (baseYear <= reportYear) {
            years.add(baseYear);
        }
        return Collections.unmodifiableSortedSet(years);
    }
}
