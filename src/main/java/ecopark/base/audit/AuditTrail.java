package ecopark.base.audit;

import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
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

    /** Who acts when no person does: timers, process steps, the sign-in guard. */
    public static final Actor SYSTEM = new Actor(Actor.SYSTEM_USERNAME, Actor.SYSTEM_USERNAME);

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "id");

    private final AuditEntryRepository entries;
    private final Clock clock;

    AuditTrail(AuditEntryRepository entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    /**
     * Records an action on an object. {@code details} are the arguments of the action's detail message
     * ({@code audit.detail.<ACTION>}): text, numbers, dates and {@link AuditDetail#key words of the product}.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(Actor actor, AuditAction action, AuditSubject subject, long subjectId, Long parkId,
            Object... details) {
        entries.save(new AuditEntry(clock.instant(), limit(actor.username(), 50), limit(actor.displayName(), 100),
                action.name(), subject.name(), subjectId, parkId, AuditDetail.toJson(details)));
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> of(AuditSubject subject, long subjectId) {
        return entries.findBySubjectTypeAndSubjectIdOrderByIdAsc(subject.name(), subjectId);
    }

    @Transactional(readOnly = true)
    public Page<AuditEntry> newestFirst(Pageable pageable) {
        return search(AuditFilter.ALL, pageable);
    }

    /** A page of the lines the filter keeps, newest first, selected and counted by the database. */
    @Transactional(readOnly = true)
    public Page<AuditEntry> search(AuditFilter filter, Pageable pageable) {
        Pageable newestFirst = pageable.isPaged()
                ? PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), NEWEST_FIRST)
                : Pageable.unpaged(NEWEST_FIRST);
        return entries.findAll(matching(filter), newestFirst);
    }

    /** How many lines the filter keeps. */
    @Transactional(readOnly = true)
    public long count(AuditFilter filter) {
        return entries.count(matching(filter));
    }

    /** Everyone who appears in the trail (the system once), for the person filter. */
    @Transactional(readOnly = true)
    public List<Actor> actors() {
        List<Actor> actors = new ArrayList<>();
        boolean system = false;
        for (Object[] row : entries.actors()) {
            Actor actor = new Actor((String) row[0], (String) row[1]);
            if (actor.isSystem()) {
                system = true;
            } else {
                actors.add(actor);
            }
        }
        if (system) {
            actors.add(0, SYSTEM);
        }
        return actors;
    }

    static Specification<AuditEntry> matching(AuditFilter f) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (f.from() != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("occurredAt"), f.from()));
            }
            if (f.until() != null) {
                where.add(cb.lessThan(root.get("occurredAt"), f.until()));
            }
            if (f.actor() != null) {
                where.add(Actor.SYSTEM_USERNAME.equals(f.actor())
                        // Lines written before the marker named the system by its username or its name.
                        ? cb.or(cb.equal(root.get("actor"), Actor.SYSTEM_USERNAME),
                                cb.and(cb.equal(root.get("actor"), Actor.LEGACY_SYSTEM_USERNAME),
                                        root.get("actorName").in(Actor.LEGACY_SYSTEM_NAMES)))
                        : cb.equal(root.get("actor"), f.actor()));
            }
            if (f.action() != null) {
                where.add(cb.equal(root.get("action"), f.action().name()));
            }
            if (f.subject() != null) {
                where.add(cb.equal(root.get("subjectType"), f.subject().name()));
            }
            if (f.parkId() != null) {
                where.add(cb.equal(root.get("parkId"), f.parkId()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    private static String limit(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    /** Who acted: a person, or the system for timers and process steps. */
    public record Actor(String username, String displayName) {

        /** Stored for the system instead of a name in one language; '@' is never part of a username. */
        public static final String SYSTEM_USERNAME = "@system";
        static final String LEGACY_SYSTEM_USERNAME = "system";
        static final Set<String> LEGACY_SYSTEM_NAMES = Set.of("系统", "System");

        public boolean isSystem() {
            return isSystem(username, displayName);
        }

        static boolean isSystem(String username, String displayName) {
            return SYSTEM_USERNAME.equals(username)
                    || LEGACY_SYSTEM_USERNAME.equals(username) && LEGACY_SYSTEM_NAMES.contains(displayName);
        }
    }
}
