package ecopark.desk.service;

import java.util.List;

/**
 * What a 催办 did: the parks reminded now, and those left alone because they were reminded already today (by anyone),
 * with that earlier reminder.
 */
public record ChaseOutcome(List<ChaseRecord> chased, List<ChaseRecord> alreadyToday) {

    public ChaseOutcome {
        chased = List.copyOf(chased);
        alreadyToday = List.copyOf(alreadyToday);
    }
}
