package ecopark.evaluation.service;

/**
 * A value the evaluation needed and did not find.
 *
 * @param statistic the statistic's key, or null for a value entered on the sheet
 * @param name the statistic's name in both languages as the catalogue had it, so the facts frozen with a revision or a
 *        publication name it as the user knows it; null for a value entered on the sheet
 */
public record MissingInput(int year, String statistic, LocalizedText name) {

    /** A missing value without its catalogue name (an entered value, or a caller that has no catalogue at hand). */
    public MissingInput(int year, String statistic) {
        this(year, statistic, null);
    }
}
