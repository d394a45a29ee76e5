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
 * <li>reviewers read and review the parks of their jurisdiction;</li>
 * <li>managers read the parks of their jurisdiction and manage their rectification tasks;</li>
 * <li>the system actor ({@link SystemActor}: process steps, demo loading) may do everything.</li>
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
     * round of their bureau): a role that takes it, acting for that jurisdiction.
     */
    public boolean mayForJurisdiction(ParkAction action, long jurisdictionId) {
        SignedInUser user = currentUser.require();
        if (user.system()) {
            return true;
        }
        return actionsOf(user.role()).contains(action) && user.role().isBoundToJurisdiction()
                && Long.valueOf(jurisdictionId).equals(user.jurisdictionId());
    }

    /** The parks the current user may read. */
    public ParkScope scope() {
        SignedInUser user = currentUser.require();
        if (user.system()) {
            return ParkScope.ALL;
        }
        return switch (user.role()) {
            case ADMIN -> ParkScope.ALL;
            case STAFF -> ParkScope.park(requireAssigned(user.parkId(), user));
            case REVIEWER, MANAGER -> ParkScope.jurisdiction(requireAssigned(user.jurisdictionId(), user));
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

    /** Throws unless the current user reads the jurisdiction's parks (acts for it, or reads everything). */
    public void requireJurisdiction(long jurisdictionId) {
        ParkScope scope = scope();
        if (!scope.isAll() && !Long.valueOf(jurisdictionId).equals(scope.jurisdictionId())) {
            throw new AccessDeniedException("Jurisdiction " + jurisdictionId + " is outside the scope of "
                    + currentUser.require());
        }
    }

    private boolean inScope(SignedInUser user, long parkId) {
        if (user.role().isBoundToPark() && user.parkId() == null
                || user.role().isBoundToJurisdiction() && user.jurisdictionId() == null) {
            return false;
        }
        ParkScope scope = scope();
        if (scope.isAll()) {
            return true;
        }
        if (scope.parkId() != null) {
            return scope.parkId() == parkId;
        }
        return directory.jurisdictionOfPark(parkId).map(j -> j.equals(scope.jurisdictionId())).orElse(false);
    }

    private static long requireAssigned(Long id, SignedInUser user) {
        if (id == null) {
            // An account without its park or jurisdiction reaches nothing rather than everything.
            throw new AccessDeniedException("User " + user.username() + " has no park or jurisdiction");
        }
        return id;
    }
}
