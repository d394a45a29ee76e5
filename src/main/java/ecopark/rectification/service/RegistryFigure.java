package ecopark.rectification.service;

import ecopark.rectification.domain.RectificationSource;
import java.time.LocalDate;

/**
 * A park's figures for one source, or one inspection round ({@code roundId} set), on a day: tasks, closed, open, and
 * the sentence a narrative may quote, in the form's language.
 */
public record RegistryFigure(RectificationSource source, Long roundId, String roundName, LocalDate asOf, long total,
        long closed, String sentence) {

    public long open() {
        return total - closed;
    }

    public boolean isRound() {
        return roundId != null;
    }
}
