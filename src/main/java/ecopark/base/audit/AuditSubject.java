package ecopark.base.audit;

import java.util.Optional;

/** The kinds of object an audit line is about, each with the page that shows it, where there is one. */
public enum AuditSubject {
    REPORT("report/%d", true),
    RECTIFICATION_TASK("rectification/%d", true),
    RECTIFICATION_ROUND("rectification", false),
    PARK("admin/parks", false),
    PARK_STATISTICS(null, false),
    JURISDICTION("admin/jurisdictions", false),
    USER("admin/users", false),
    CALENDAR_DAY("admin/calendar", false),
    SUBMISSION_DEADLINE("admin/calendar", false),
    ANNUAL_NOTICE("notices", false),
    REVIEW_ROUTE("admin/review-routes", false),
    CATALOGUE("catalogue", false),
    PROVINCE_PACKAGE("forwarding", false);

    private final String route;
    private final boolean routeHasId;

    AuditSubject(String route, boolean routeHasId) {
        this.route = route;
        this.routeHasId = routeHasId;
    }

    public String labelKey() {
        return "audit.subject." + name();
    }

    /** The page of the object (or the list that holds it); none for an object without a page or an unknown id. */
    public Optional<String> route(long id) {
        if (route == null || id <= 0) {
            return Optional.empty();
        }
        return Optional.of(routeHasId ? String.format(route, id) : route);
    }

    /** The kind a stored line names, or empty for a kind this version no longer knows. */
    public static Optional<AuditSubject> of(String stored) {
        for (AuditSubject s : values()) {
            if (s.name().equals(stored)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
