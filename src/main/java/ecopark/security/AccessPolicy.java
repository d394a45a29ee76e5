package ecopark.security;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The one rule of docs/product.md that every service applies: staff reach only their own park, reviewers and
 * managers only the parks of their jurisdiction, administrators everything.
 */
@Component
public class AccessPolicy {

    private final CurrentUser currentUser;
    private final OrganisationDirectory directory;

    public AccessPolicy(CurrentUser currentUser, OrganisationDirectory directory) {
        this.currentUser = currentUser;
        this.directory = directory;
    }

    /** The parks the current user may reach. */
    public ParkScope scope() {
        SignedInUser user = currentUser.require();
        return switch (user.role()) {
            case ADMIN -> ParkScope.ALL;
            case STAFF -> ParkScope.park(requireAssigned(user.parkId(), user));
            case REVIEWER, MANAGER -> ParkScope.jurisdiction(requireAssigned(user.jurisdictionId(), user));
        };
    }

    public boolean mayReachPark(long parkId) {
        ParkScope scope = scope();
        if (scope.isAll()) {
            return true;
        }
        if (scope.parkId() != null) {
            return scope.parkId() == parkId;
        }
        return directory.jurisdictionOfPark(parkId).map(j -> j.equals(scope.jurisdictionId())).orElse(false);
    }

    /** Throws {@link AccessDeniedException} unless the current user may reach the park. */
    public void requirePark(long parkId) {
        if (!mayReachPark(parkId)) {
            throw new AccessDeniedException("Park " + parkId + " is outside the scope of " + currentUser.require());
        }
    }

    /** Throws unless the current user acts for the jurisdiction (or is an administrator). */
    public void requireJurisdiction(long jurisdictionId) {
        ParkScope scope = scope();
        if (!scope.isAll() && !Long.valueOf(jurisdictionId).equals(scope.jurisdictionId())) {
            throw new AccessDeniedException("Jurisdiction " + jurisdictionId + " is outside the scope of "
                    + currentUser.require());
        }
    }

    private static long requireAssigned(Long id, SignedInUser user) {
        if (id == null) {
            // An account without its park or jurisdiction reaches nothing rather than everything.
            throw new AccessDeniedException("User " + user.username() + " has no park or jurisdiction");
        }
        return id;
    }
}
