package ecopark.desk.service;

import java.time.Instant;
import java.time.LocalDate;

/** A 催办 as the park and the desk see it: which bureau, who, on which Beijing day and when exactly. */
public record ChaseRecord(long parkId, int reportYear, String jurisdictionName, String chasedByName, LocalDate on,
        Instant at) {
}
