package ecopark.security;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What security needs to know about parks and jurisdictions. Implemented by the park feature, so that security
 * does not depend on it (the dependency points from park to security only).
 */
public interface OrganisationDirectory {

    Optional<Long> jurisdictionOfPark(long parkId);

    Optional<String> parkName(long parkId);

    /**
     * The jurisdictions whose parks the reviewers and managers of this one reach: itself and every jurisdiction
     * below it at any depth; for the national office every jurisdiction (a province standing alone without a parent
     * included). Empty if the jurisdiction does not exist.
     */
    Set<Long> subtree(long jurisdictionId);

    /** The jurisdiction and those above it, nearest first (a city, its province, the national office). */
    List<Long> chain(long jurisdictionId);

    Optional<String> jurisdictionName(long jurisdictionId);

    /** Parks for choosing a staff member's park: id and name, by name. */
    List<OrgUnit> parks();

    /** Jurisdictions for choosing a reviewer's or manager's bureau. */
    List<OrgUnit> jurisdictions();

    /** A park or a jurisdiction, as a choice in a form. */
    record OrgUnit(long id, String name) {
    }
}
