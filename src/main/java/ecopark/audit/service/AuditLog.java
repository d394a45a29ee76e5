package ecopark.audit.service;

import ecopark.base.audit.AuditAction;
import ecopark.base.audit.AuditEntry;
import ecopark.base.audit.AuditFilter;
import ecopark.base.audit.AuditSubject;
import ecopark.base.audit.AuditTrail;
import ecopark.security.AppRole;
import ecopark.security.OrganisationDirectory;
import ecopark.security.OrganisationDirectory.OrgUnit;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The whole audit trail for administrators: filtered and paged by the database, with the names it needs. */
@Service
@Transactional(readOnly = true)
@RolesAllowed(AppRole.ADMIN_NAME)
public class AuditLog {

    private final AuditTrail trail;
    private final OrganisationDirectory directory;
    private final Clock clock;

    AuditLog(AuditTrail trail, OrganisationDirectory directory, Clock clock) {
        this.trail = trail;
        this.directory = directory;
        this.clock = clock;
    }

    /**
     * The filter for days of the product's time zone (China): {@code from} and {@code to} both count whole days;
     * any part may be null.
     */
    public AuditFilter filter(LocalDate from, LocalDate to, String actor, AuditAction action, AuditSubject subject,
            Long parkId) {
        ZoneId zone = clock.getZone();
        return new AuditFilter(from == null ? null : from.atStartOfDay(zone).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant(), actor, action, subject, parkId);
    }

    public Page<AuditEntry> find(AuditFilter filter, Pageable pageable) {
        return trail.search(filter, pageable);
    }

    public long count(AuditFilter filter) {
        return trail.count(filter);
    }

    /** Everyone who appears in the trail, the system first. */
    public List<AuditTrail.Actor> people() {
        return trail.actors();
    }

    public List<OrgUnit> parks() {
        return directory.parks();
    }

    public Map<Long, String> parkNames() {
        return directory.parks().stream().collect(Collectors.toMap(OrgUnit::id, OrgUnit::name));
    }

    /** The time zone the trail is read in (China time), for the screen and the export. */
    public ZoneId zone() {
        return clock.getZone();
    }
}
