package ecopark.security;

import java.util.List;
import java.util.Optional;

/**
 * What security needs to know about parks and jurisdictions. Implemented by the park feature, so that security
 * does not depend on it (the dependency points from park to security only).
 */
public interface OrganisationDirectory {

    Optional<Long> jurisdictionOfPark(long parkId);

    Optional<String> parkName(long parkId);

    Optional<String> jurisdictionName(long jurisdictionId);

    /** Parks for choosing a staff member's park: id and name, by name. */
    List<OrgUnit> parks();

    /** Jurisdictions for choosing a reviewer's or manager's bureau. */
    List<OrgUnit> jurisdictions();

    /** A park or a jurisdiction, as a choice in a form. */
    record OrgUnit(long id, String name) {
    }
}
