package ecopark.security;

import java.util.EnumSet;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The one rule of docs/product.md for who may do what, which every service applies:
 * <ul>
 * <li>administrators run the system and read every park; they never draft, rectify, manage tasks or review;</li>
 * <li>staff read, draft and rectify for their own park;</li>
 * <li>reviewers read and review the parks of their jurisdiction's subtree;</li>
 * <li>managers read the parks of their jurisdiction's subtree and manage their rectification tasks;</li>
 * <li>the system actor ({@link SystemActor}: process steps, demo loading) may do everything.</li>
 * </ul>
 * <p>
 * Jurisdictions form a tree (the national office, provinces, city bureaus; {@link OrganisationDirectory#subtree}).
 * A reviewer's or manager's scope is the parks of their jurisdiction and of every jurisdiction below it: a city
 * bureau's parks, a province's own parks and those of its cities, and for the national office every park. Within
 * that scope:
 * <ul>
 * <li>{@link ParkAction#READ}: every park of the subtree (reports, forms, tasks, statistics);</li>
 * <li>{@link ParkAction#REVIEW}: the parks of the subtree; at which stage of a report's route a level may act is the
 * review service's rule ("act at your own stage only"), not this one's;</li>
 * <li>{@link ParkAction#MANAGE_TASKS}: the parks of the subtree. Rectification has no stages: a task belongs to its
 * park, and the bureau overseeing the park from above may hand tasks down to it, verify and close them and decide
 * extensions (a province's inspection reaches a city's parks; the national office's 复查 findings reach every park);
 * the audit trail names who did it. Inspection rounds, in contrast, are created and imported into only by the
 * managers of the round's own jurisdiction ({@link #mayForJurisdiction}: acting for a jurisdiction is acting at one's
 * own level).</li>
 * </ul>
 * Views ask the services what the user may do; the services ask this class.
 */
@Component
public class AccessPolicy {

    private static final Set<ParkAction> ADMIN = EnumSet.of(ParkAction.READ);
    private static final Set<ParkAction> STAFF = EnumSet.of(ParkAction.READ, ParkAction.DRAFT, ParkAction.RECTIFY);
    private static final Set<ParkAction> REVIEWER = EnumSet.of(ParkAction.READ, ParkAction.REVIEW);
    private static final Set<ParkAction> MANAGER = EnumSet.of(ParkAction.READ, ParkAction.MANAGE_TASKS);

    private final CurrentUser currentUser;
    private final OrganisationDirectory directory;

    public AccessPolicy(CurrentUser currentUser, OrganisationDirectory directory) {
        this.currentUser = currentUser;
        this.directory = directory;
    }

    /** The actions a role may take on the parks within its scope. */
    public static Set<ParkAction> actionsOf(AppRole role) {
        return switch (role) {
            case ADMIN -> ADMIN;
            case STAFF -> STAFF;
            case REVIEWER -> REVIEWER;
            case MANAGER -> MANAGER;
        };
    }

    /** Whether the current user may take the action on the park. */
    public boolean may(ParkAction action, long parkId) {
        SignedInUser user = currentUser.require();
        if (user.system()) {
            return true;
        }
        return actionsOf(user.role()).contains(action) && inScope(user, parkId);
    }

    /** Throws {@link AccessDeniedException} unless the current user may take the action on the park. */
    public void require(ParkAction action, long parkId) {
        if (!may(action, parkId)) {
            throw new AccessDeniedException(currentUser.require() + " may not " + action + " park " + parkId);
        }
    }

    /**
     * Whether the current user may take the action for a whole jurisdiction (e.g. a manager handing down an inspection
     * round of their bureau): a role that takes it, acting for exactly that jurisdiction — not for one below it, whose
     * own managers act at their level.
     */
    public boolean mayForJurisdiction(ParkAction action, long jurisdictionId) {
        SignedInUser user = currentUser.require();
        if (user.system()) {
            return true;
        }
        return actionsOf(user.role()).contains(action) && user.role().isBoundToJurisdiction()
                && Long.valueOf(jurisdictionId).equals(user.jurisdictionId());
    }

    /** The parks the current user may read: all, one park, or the parks of their jurisdiction's subtree. */
    public ParkScope scope() {
        SignedInUser user = currentUser.require();
        if (user.system()) {
            return ParkScope.ALL;
        }
        return switch (user.role()) {
            case ADMIN -> ParkScope.ALL;
            case STAFF -> ParkScope.park(requireAssigned(user.parkId(), user));
            case REVIEWER, MANAGER -> jurisdictionScope(requireAssigned(user.jurisdictionId(), user), user);
        };
    }

    /** Whether the current user may read the park ({@link ParkAction#READ}). */
    public boolean mayReachPark(long parkId) {
        return may(ParkAction.READ, parkId);
    }

    /** Throws {@link AccessDeniedException} unless the current user may read the park. */
    public void requirePark(long parkId) {
        require(ParkAction.READ, parkId);
    }

    /**
     * Throws unless the current user reads the jurisdiction's parks: it lies in their subtree, or they read
     * everything.
     */
    public void requireJurisdiction(long jurisdictionId) {
        if (!scope().coversJurisdiction(jurisdictionId)) {
            throw new AccessDeniedException("Jurisdiction " + jurisdictionId + " is outside the scope of "
                    + currentUser.require());
        }
    }

    private boolean inScope(SignedInUser user, long parkId) {
        if (user.role().isBoundToPark() && user.parkId() == null
                || user.role().isBoundToJurisdiction() && user.jurisdictionId() == null) {
            return false;
        }
        if (user.role() == AppRole.ADMIN) {
            return true;
        }
        if (user.role().isBoundToPark()) {
            return user.parkId() == parkId;
        }
        Long parkJurisdiction = directory.jurisdictionOfPark(parkId).orElse(null);
        if (parkJurisdiction == null) {
            return false;
        }
        // The park of one's own bureau needs no walk through the tree (the common case on every review step).
        return parkJurisdiction.equals(user.jurisdictionId())
                || directory.subtree(user.jurisdictionId()).contains(parkJurisdiction);
    }

    private ParkScope jurisdictionScope(long jurisdictionId, SignedInUser user) {
        var subtree = directory.subtree(jurisdictionId);
        if (subtree.isEmpty()) {
            // The account's bureau was deleted: it reaches nothing rather than everything.
            throw new AccessDeniedException("User " + user.username() + " acts for a missing jurisdiction");
        }
        return ParkScope.jurisdictions(subtree);
    }

    private static long requireAssigned(Long id, SignedInUser user) {
        if (id == null) {
            // An account without its park or jurisdiction reaches nothing rather than everything.
            throw new AccessDeniedException("User " + user.username() + " has no park or jurisdiction");
        }
        return id;
    }
}
