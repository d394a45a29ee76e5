package ecopark.rectification.service;

import ecopark.security.AccessPolicy;
import ecopark.security.CurrentUser;
import ecopark.security.OrganisationDirectory;
import ecopark.security.ParkAction;
import ecopark.security.ParkScope;
import ecopark.security.SignedInUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The rule of {@link AccessPolicy} in the registry's words: everyone who may read the park sees its tasks; those who
 * rectify for it (its staff) record progress, evidence, done and extension requests and register the park's own
 * findings; those who manage its tasks (its jurisdiction's managers) hand tasks down, verify and close them and decide
 * extensions. Administrators read.
 */
@Component
class TaskAccess {

    private final AccessPolicy access;
    private final CurrentUser currentUser;
    private final OrganisationDirectory directory;

    TaskAccess(AccessPolicy access, CurrentUser currentUser, OrganisationDirectory directory) {
        this.access = access;
        this.currentUser = currentUser;
        this.directory = directory;
    }

    SignedInUser me() {
        return currentUser.require();
    }

    void requireVisible(long parkId) {
        access.require(ParkAction.READ, parkId);
    }

    boolean mayReach(long parkId) {
        return access.may(ParkAction.READ, parkId);
    }

    boolean mayRectify(long parkId) {
        return access.may(ParkAction.RECTIFY, parkId);
    }

    boolean mayManage(long parkId) {
        return access.may(ParkAction.MANAGE_TASKS, parkId);
    }

    boolean mayManageJurisdiction(long jurisdictionId) {
        return access.mayForJurisdiction(ParkAction.MANAGE_TASKS, jurisdictionId);
    }

    void requireRectifier(long parkId) {
        access.require(ParkAction.RECTIFY, parkId);
    }

    void requireManager(long parkId) {
        access.require(ParkAction.MANAGE_TASKS, parkId);
    }

    void deny(String what) {
        throw new AccessDeniedException(me() + " may not " + what);
    }

    /** The park a staff member registers their own findings and batches for; null for everyone else. */
    Long ownPark() {
        Long parkId = me().parkId();
        return parkId != null && mayRectify(parkId) ? parkId : null;
    }

    /** The jurisdiction whose tasks the user hands down (a manager's); null for everyone else. */
    Long managedJurisdiction() {
        Long jurisdictionId = me().jurisdictionId();
        return jurisdictionId != null && mayManageJurisdiction(jurisdictionId) ? jurisdictionId : null;
    }

    /** The user's scope for rounds: a jurisdiction (null: all) and, for a park's staff, their park. */
    RoundScope roundScope() {
        ParkScope scope = access.scope();
        if (scope.isAll()) {
            return new RoundScope(null, null);
        }
        if (scope.parkId() != null) {
            return new RoundScope(directory.jurisdictionOfPark(scope.parkId()).orElse(-1L), scope.parkId());
        }
        return new RoundScope(scope.jurisdictionId(), null);
    }

    /** Jurisdiction whose rounds a user sees (null: all) and, for staff, the one park whose own batches they see. */
    record RoundScope(Long jurisdictionId, Long parkId) {
    }
}
