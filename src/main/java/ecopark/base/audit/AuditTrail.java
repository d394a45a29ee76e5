package ecopark.base.audit;

import java.time.Clock;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The product's append-only audit trail. Features write to it inside their own transaction (so an action and its
 * audit line commit or roll back together) and decide who may read which lines: the report feature shows a report's
 * lines to those who may see the report, administrators see everything.
 */
@Component
public class AuditTrail {

    private final AuditEntryRepository entries;
    private final Clock clock;

    AuditTrail(AuditEntryRepository entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(Actor actor, String action, String subjectType, long subjectId, Long parkId, String detail) {
        String shortDetail = detail == null || detail.length() <= AuditEntry.DETAIL_MAX_LENGTH ? detail
                : detail.substring(0, AuditEntry.DETAIL_MAX_LENGTH - 1) + "…";
        entries.save(new AuditEntry(clock.instant(), actor.username(), actor.displayName(), action, subjectType,
                subjectId, parkId, shortDetail));
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> of(String subjectType, long subjectId) {
        return entries.findBySubjectTypeAndSubjectIdOrderByIdAsc(subjectType, subjectId);
    }

    @Transactional(readOnly = true)
    public Page<AuditEntry> newestFirst(Pageable pageable) {
        return entries.findAllByOrderByIdDesc(pageable);
    }

    /** Who acted: a person, or the system for timers and process steps. */
    public record Actor(String username, String displayName) {
    }
}
