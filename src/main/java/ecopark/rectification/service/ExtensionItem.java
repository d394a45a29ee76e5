package ecopark.rectification.service;

import ecopark.rectification.domain.DeadlineExtension;
import java.time.Instant;
import java.time.LocalDate;

/** A deadline extension request and its decision. */
public record ExtensionItem(long id, LocalDate previousDeadline, LocalDate requestedDeadline, String reason,
        String requestedByName, Instant requestedAt, DeadlineExtension.Decision status, String decidedByName,
        Instant decidedAt, String decisionNote) {

    static ExtensionItem of(DeadlineExtension e) {
        return new ExtensionItem(e.getId(), e.getPreviousDeadline(), e.getRequestedDeadline(), e.getReason(),
                e.getRequestedByName(), e.getRequestedAt(), e.getStatus(), e.getDecidedByName(), e.getDecidedAt(),
                e.getDecisionNote());
    }
}
