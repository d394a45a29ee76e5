package ecopark.rectification.service;

import ecopark.rectification.domain.RectificationSource;

/** What the dashboard covers: the year of "closed this year", and optionally one source, round or park. */
public record DashboardFilter(int year, RectificationSource source, Long roundId, Long parkId) {

    public DashboardFilter withYear(int y) {
        return new DashboardFilter(y, source, roundId, parkId);
    }

    public DashboardFilter withSource(RectificationSource s) {
        return new DashboardFilter(year, s, roundId, parkId);
    }

    public DashboardFilter withRound(Long id) {
        return new DashboardFilter(year, source, id, parkId);
    }

    public DashboardFilter withPark(Long id) {
        return new DashboardFilter(year, source, roundId, id);
    }
}
