package ecopark.rectification.service;

import ecopark.security.AccessPolicy;
import ecopark.security.CurrentUser;
import ecopark.security.OrganisationDirectory;
import ecopark.security.ParkAction;
import ecopark.security.ParkScope;
import ecopark.security.SignedInUser;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
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

    /**
     * The rounds a user sees: those that may hold tasks of the parks they read. A bureau's round reaches the parks of
     * its subtree, so a reviewer or manager sees the rounds of their subtree and the bureau-wide rounds of the
     * bureaus above them (a province's inspection handed down to a city's parks); staff see the bureau-wide rounds
     * of their park's bureau and those above it, and their park's own batches.
     */
    RoundScope roundScope() {
        ParkScope scope = access.scope();
        if (scope.isAll()) {
            return new RoundScope(true, Set.of(), Set.of(), null);
        }
        if (scope.parkId() != null) {
            Long own = directory.jurisdictionOfPark(scope.parkId()).orElse(-1L);
            return new RoundScope(false, Set.copyOf(directory.chain(own)), Set.of(own), scope.parkId());
        }
        Set<Long> wide = new HashSet<>(scope.jurisdictionIds());
        wide.addAll(directory.chain(me().jurisdictionId()));
        return new RoundScope(false, wide, scope.jurisdictionIds(), null);
    }

    /**
     * Which rounds a user sees: all, or the bureau-wide rounds of {@code wide}, the park batches of {@code batches}
     * (of the one park {@code parkId} for staff).
     */
    record RoundScope(boolean all, Set<Long> wide, Set<Long> batches, Long parkId) {

        boolean covers(ecopark.rectification.domain.InspectionRound round) {
            if (all) {
                return true;
            }
            if (round.getParkId() == null) {
                return wide.contains(round.getJurisdictionId());
            }
            return batches.contains(round.getJurisdictionId()) && (parkId == null || parkId.equals(round.getParkId()));
        }

        /** A collection for the query's {@code in (...)}: never empty (-1 matches nothing). */
        static Collection<Long> orNone(Set<Long> ids) {
            return ids.isEmpty() ? Set.of(-1L) : ids;
        }
    }
}
