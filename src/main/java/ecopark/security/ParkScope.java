package ecopark.security;

/**
 * Which parks a user may reach: all of them (admin), one park (staff) or the parks of one jurisdiction
 * (reviewer, manager). Services turn it into the WHERE clause of their queries.
 */
public record ParkScope(Long parkId, Long jurisdictionId) {

    public static final ParkScope ALL = new ParkScope(null, null);

    public static ParkScope park(long parkId) {
        return new ParkScope(parkId, null);
    }

    public static ParkScope jurisdiction(long jurisdictionId) {
        return new ParkScope(null, jurisdictionId);
    }

    public boolean isAll() {
        return parkId == null && jurisdictionId == null;
    }
}
