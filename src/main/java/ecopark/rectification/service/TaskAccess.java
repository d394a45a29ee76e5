package ecopark.rectification.service;

import ecopark.security.AccessPolicy;
import ecopark.security.AppRole;
import ecopark.security.CurrentUser;
import ecopark.security.SignedInUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what with a park's tasks (docs/product.md): everyone who may reach the park sees them; the park's staff
 * rectify (progress, evidence, done, extension requests); the jurisdiction's managers — and administrators — hand
 * tasks down, verify and close them and decide extensions.
 */
@Component
class TaskAccess {

    private final AccessPolicy access;
    private final CurrentUser currentUser;

    TaskAccess(AccessPolicy access, CurrentUser currentUser) {
        this.access = access;
        this.currentUser = currentUser;
    }

    SignedInUser me() {
        return currentUser.require();
    }

    void requireVisible(long parkId) {
        access.requirePark(parkId);
    }

    boolean mayReach(long parkId) {
        return access.mayReachPark(parkId);
    }

    boolean isStaffOf(long parkId) {
        SignedInUser me = me();
        return me.is(AppRole.STAFF) && me.parkId() != null && me.parkId() == parkId;
    }

    boolean isManagerOf(long parkId) {
        SignedInUser me = me();
        return (me.is(AppRole.MANAGER) || me.is(AppRole.ADMIN)) && access.mayReachPark(parkId);
    }

    void requireStaffOf(long parkId) {
        requireVisible(parkId);
        if (!isStaffOf(parkId)) {
            throw new AccessDeniedException("Only the staff of park " + parkId + " rectify its tasks");
        }
    }

    void requireManagerOf(long parkId) {
        requireVisible(parkId);
        if (!isManagerOf(parkId)) {
            throw new AccessDeniedException("Only managers of park " + parkId + "'s jurisdiction decide on its tasks");
        }
    }
}
