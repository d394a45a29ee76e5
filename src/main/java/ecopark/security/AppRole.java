package ecopark.security;

/**
 * The four roles of docs/product.md. The string constants are what {@code @RolesAllowed} and Flowable candidate
 * groups use, so role names are defined here and nowhere else.
 */
public enum AppRole {
    STAFF(true, false),
    REVIEWER(false, true),
    MANAGER(false, true),
    ADMIN(false, false);

    public static final String STAFF_NAME = "STAFF";
    public static final String REVIEWER_NAME = "REVIEWER";
    public static final String MANAGER_NAME = "MANAGER";
    public static final String ADMIN_NAME = "ADMIN";
    /**
     * Not a role anyone holds: the extra authority of the {@link SystemActor}, for the steps only processes run
     * ({@code @RolesAllowed(AppRole.SYSTEM_NAME)}).
     */
    public static final String SYSTEM_NAME = "SYSTEM";
    public static final String SYSTEM_AUTHORITY = "ROLE_" + SYSTEM_NAME;

    private final boolean boundToPark;
    private final boolean boundToJurisdiction;

    AppRole(boolean boundToPark, boolean boundToJurisdiction) {
        this.boundToPark = boundToPark;
        this.boundToJurisdiction = boundToJurisdiction;
    }

    /** Staff belong to exactly one park. */
    public boolean isBoundToPark() {
        return boundToPark;
    }

    /** Reviewers and managers belong to exactly one jurisdiction. */
    public boolean isBoundToJurisdiction() {
        return boundToJurisdiction;
    }

    /** Spring Security authority, e.g. {@code ROLE_STAFF}. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** Translation key of the role's display name. */
    public String labelKey() {
        return "role." + name().toLowerCase();
    }

    /**
     * Flowable candidate group for this role in its scope — the jurisdiction for reviewers and managers, the park for
     * staff — e.g. {@code REVIEWER@3}: a task offered to it never reaches another bureau or park.
     */
    public String candidateGroup(long scopeId) {
        return name() + "@" + scopeId;
    }
}
