package ecopark.rectification.service;

import java.time.LocalDate;

/**
 * One line of a round's ledger (整改台账) as a bureau keeps it: the task, and — for a task already closed before it
 * came into the registry — the day it was closed (销号). {@code progressPercent} may be null.
 */
public record LedgerEntry(long parkId, String title, String description, String responsibleUnit,
        String responsiblePerson, LocalDate assignedOn, LocalDate deadline, LocalDate closedOn,
        Integer progressPercent) {
}
