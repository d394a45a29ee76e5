package ecopark.report.service;

import java.util.List;
import java.util.function.Consumer;

/**
 * Figures a narrative may quote from another feature's registry — the rectification registry's totals, closed and
 * open tasks per source or inspection round — so that report does not depend on that feature (rectification
 * implements it). Figures are those of the end of the report's year, or of today for the current year.
 */
public interface NarrativeFigures {

    /** Opens a chooser of the park's figures for the year; the sentence the user picks is handed to {@code insert}. */
    void openChooser(long parkId, int year, Consumer<String> insert);

    /**
     * Counts the text quotes ("共18项任务，已完成15项，剩余4项") that do not add up, or that differ from the registry's
     * figures for the park and year. Warnings only: the text stays as written.
     */
    List<Warning> check(long parkId, int year, String text);

    /** A warning as a translation key with its arguments. */
    record Warning(String messageKey, List<String> args) {

        public Warning {
            args = List.copyOf(args);
        }
    }
}
