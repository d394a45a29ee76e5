package ecopark.rectification.service;

import ecopark.rectification.domain.RectificationSource;
import java.time.LocalDate;

/**
 * A new round or batch: for a bureau's jurisdiction ({@code parkId} null, managers) or for one park (staff register
 * their park's own batches).
 */
public record NewRound(Long parkId, RectificationSource source, String name, LocalDate issuedOn) {
}
