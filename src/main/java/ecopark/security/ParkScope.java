package ecopark.security;

import java.util.Collection;
import java.util.Set;

/**
 * Which parks a user may reach: all of them (admin), one park (staff) or the parks of a set of jurisdictions
 * (reviewer, manager: their jurisdiction and every one below it; the national office's reaches every jurisdiction).
 * Services turn it into the WHERE clause of their queries ({@code jurisdiction_id in (:ids)}).
 *
 * @param parkId the one park of a staff member, else null
 * @param jurisdictionIds the jurisdictions whose parks a reviewer or manager reaches (never empty), else null
 */
public record ParkScope(Long parkId, Set<Long> jurisdictionIds) {

    public static final ParkScope ALL = new ParkScope(null, null);

    public ParkScope {
        jurisdictionIds = jurisdictionIds == null ? null : Set.copyOf(jurisdictionIds);
        if (jurisdictionIds != null && jurisdictionIds.isEmpty()) {
            throw new IllegalArgumentException("A jurisdiction scope holds at least the user's own jurisdiction");
        }
    }

    public static ParkScope park(long parkId) {
        return new ParkScope(parkId, null);
    }

    /** The parks of these jurisdictions (a subtree of the hierarchy). */
    public static ParkScope jurisdictions(Collection<Long> jurisdictionIds) {
        return new ParkScope(null, Set.copyOf(jurisdictionIds));
    }

    public boolean isAll() {
        return parkId == null && jurisdictionIds == null;
    }

    /** Whether the scope is a set of jurisdictions (a reviewer's or manager's). */
    public boolean byJurisdiction() {
        return jurisdictionIds != null;
    }

    /** Whether the parks of this jurisdiction lie in the scope: everything does for ALL, nothing for one park. */
    public boolean coversJurisdiction(Long jurisdictionId) {
        return isAll() || jurisdictionIds != null && jurisdictionId != null && jurisdictionIds.contains(jurisdictionId);
    }

    /**
     * The jurisdiction ids for a query's {@code in (:ids)}: the set, or a list that matches nothing (-1) when the
     * scope is not by jurisdiction, so that the parameter is never empty; the query also checks {@link #isAll()} or
     * {@link #byJurisdiction()}.
     */
    public Collection<Long> jurisdictionIdsOrNone() {
        return jurisdictionIds != null ? jurisdictionIds : Set.of(-1L);
    }
}
