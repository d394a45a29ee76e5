package ecopark.rectification.service;

import ecopark.rectification.domain.RectificationSource;
import java.time.LocalDate;

/** An inspection round or batch as lists and choosers show it; {@code parkId} is set for a park's own batch. */
public record RoundItem(long id, String name, RectificationSource source, long jurisdictionId, Long parkId,
        LocalDate issuedOn) {
}
