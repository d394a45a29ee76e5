package ecopark.desk.service;

import ecopark.base.audit.AuditAction;
import ecopark.base.audit.AuditSubject;
import ecopark.base.audit.AuditTrail;
import ecopark.desk.domain.ParkChase;
import ecopark.desk.domain.ParkChaseRepository;
import ecopark.notification.service.Notice;
import ecopark.notification.service.Notifications;
import ecopark.park.domain.JurisdictionLevel;
import ecopark.park.service.JurisdictionHierarchy;
import ecopark.security.AccessPolicy;
import ecopark.security.AppRole;
import ecopark.security.CurrentUser;
import ecopark.security.ParkAction;
import ecopark.security.SignedInUser;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 催办: a province's manager reminds parks of their annual report — one park, or every late park at once. Each
 * reminder rings the park's staff's bell and mails them, is written to the audit trail and shown to the park. A park
 * is reminded at most once per Beijing day, by whomever: a second 催办 the same day reminds nobody and says who did.
 */
@Service
public class ParkChases {

    private final ParkChaseRepository chases;
    private final Notifications notifications;
    private final AuditTrail audit;
    private final AccessPolicy access;
    private final CurrentUser currentUser;
    private final JurisdictionHierarchy hierarchy;
    private final Clock clock;
    private final TransactionTemplate transaction;

    ParkChases(ParkChaseRepository chases, Notifications notifications, AuditTrail audit, AccessPolicy access,
            CurrentUser currentUser, JurisdictionHierarchy hierarchy, Clock clock,
            PlatformTransactionManager transactions) {
        this.chases = chases;
        this.notifications = notifications;
        this.audit = audit;
        this.access = access;
        this.currentUser = currentUser;
        this.hierarchy = hierarchy;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * Whether the current user may remind the park: a manager of a province, for a park below it. The one place
     * this rule is written; the desk asks it before it offers the button.
     */
    @PreAuthorize("isAuthenticated()")
    public boolean mayChase(long parkId) {
        SignedInUser user = currentUser.require();
        return user.is(AppRole.MANAGER) && user.jurisdictionId() != null
                && hierarchy.levelOf(user.jurisdictionId()).filter(JurisdictionLevel.PROVINCIAL::equals).isPresent()
                && access.may(ParkAction.READ, parkId);
    }

    /**
     * Reminds the parks of their report of the year, each at most once today; all parks must be the user's to
     * remind, or none is.
     */
    @PreAuthorize("isAuthenticated()")
    public ChaseOutcome chase(Collection<Long> parkIds, int reportYear) {
        List<Long> parks = List.copyOf(new LinkedHashSet<>(parkIds));
        for (long park : parks) {
            if (!mayChase(park)) {
                throw new AccessDeniedException(currentUser.require() + " may not chase park " + park);
            }
        }
        SignedInUser user = currentUser.require();
        String bureau = hierarchy.chain(user.jurisdictionId()).get(0).name();
        LocalDate today = LocalDate.now(clock);
        try {
            return transaction.execute(status -> remind(parks, reportYear, user, bureau, today));
        } catch (DataIntegrityViolationException e) {
            // Another node reminded one of them in the same moment: nothing of this call was kept; count again.
            return transaction.execute(status -> remind(parks, reportYear, user, bureau, today));
        }
    }

    private ChaseOutcome remind(List<Long> parks, int reportYear, SignedInUser user, String bureau, LocalDate today) {
        Map<Long, ParkChase> earlier = chases.findByParkIdInAndChasedOn(parks, today).stream()
                .collect(Collectors.toMap(ParkChase::getParkId, Function.identity()));
        List<ChaseRecord> chased = new ArrayList<>();
        List<ChaseRecord> already = new ArrayList<>();
        for (long park : parks) {
            if (earlier.containsKey(park)) {
                already.add(record(earlier.get(park)));
                continue;
            }
            ParkChase chase = chases.saveAndFlush(new ParkChase(park, reportYear, user.jurisdictionId(), bureau,
                    user.username(), user.displayName(), today, clock.instant().truncatedTo(ChronoUnit.SECONDS)));
            notifications.sendToRole(AppRole.STAFF, park, Notice.of("notification.desk.chased", "reports", bureau,
                    today, reportYear));
            audit.record(user.asActor(), AuditAction.PARK_CHASED, AuditSubject.PARK, park, park, reportYear, bureau);
            chased.add(record(chase));
        }
        return new ChaseOutcome(chased, already);
    }

    /** The reminders a park had for its report of the year, newest first: for its staff and whoever reads the park. */
    @PreAuthorize("isAuthenticated()")
    public List<ChaseRecord> of(long parkId, int reportYear) {
        access.requirePark(parkId);
        return transaction.execute(status -> chases.findByParkIdAndReportYearOrderByChasedAtDesc(parkId, reportYear)
                .stream().map(ParkChases::record).toList());
    }

    /** The latest reminder of the park for the year, if any. */
    @PreAuthorize("isAuthenticated()")
    public Optional<ChaseRecord> latest(long parkId, int reportYear) {
        return of(parkId, reportYear).stream().findFirst();
    }

    /** The park's latest reminder of each report year, the newest year first; the user must read the park. */
    Map<Integer, ChaseRecord> latestPerYear(long parkId) {
        access.requirePark(parkId);
        Map<Integer, ChaseRecord> latest = new java.util.TreeMap<>(java.util.Comparator.reverseOrder());
        transaction.execute(status -> {
            chases.findByParkIdOrderByChasedAtDesc(parkId).forEach(c -> latest.putIfAbsent(c.getReportYear(),
                    record(c)));
            return null;
        });
        return latest;
    }

    /** The latest reminder of each of the parks for the year; the caller has limited the parks to the user's. */
    Map<Long, ChaseRecord> latestOf(Collection<Long> parkIds, int reportYear) {
        if (parkIds.isEmpty()) {
            return Map.of();
        }
        return transaction.execute(status -> chases.findByParkIdInAndReportYearOrderByChasedAtDesc(parkIds,
                reportYear).stream().map(ParkChases::record)
                .collect(Collectors.toMap(ChaseRecord::parkId, Function.identity(), (newer, older) -> newer)));
    }

    private static ChaseRecord record(ParkChase chase) {
        return new ChaseRecord(chase.getParkId(), chase.getReportYear(), chase.getJurisdictionName(),
                chase.getChasedByName(), chase.getChasedOn(), chase.getChasedAt());
    }
}
