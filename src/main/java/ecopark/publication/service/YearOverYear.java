package ecopark.publication.service;

import java.util.List;

/**
 * A park's indicator results across the years it published (current forms only): one line per indicator, one cell per
 * year.
 */
public record YearOverYear(long parkId, String parkName, List<Integer> years, List<Line> lines) {

    public YearOverYear {
        years = List.copyOf(years);
        lines = List.copyOf(lines);
    }

    /** One indicator: its name and unit and, per year of {@link #years()}, the published row (null if absent). */
    public record Line(String code, PublishedForm.Text name, PublishedForm.Text unit,
            List<PublishedForm.IndicatorRow> cells) {
    }
}
