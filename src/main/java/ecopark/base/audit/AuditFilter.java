package ecopark.base.audit;

import java.time.Instant;

/**
 * What an operator narrows the audit trail to; every part is optional. {@code from} is inclusive, {@code until}
 * exclusive; {@code actor} is a username or {@link AuditTrail.Actor#SYSTEM_USERNAME}.
 */
public record AuditFilter(Instant from, Instant until, String actor, AuditAction action, AuditSubject subject,
        Long parkId) {

    public static final AuditFilter ALL = new AuditFilter(null, null, null, null, null, null);
}
