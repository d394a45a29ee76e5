package ecopark.security.matrix;

/**
 * The kinds of user every cell of the access matrix is checked for, in the order of the table's columns. Park A
 * is 长春经济技术开发区 in jurisdiction J (长春市生态环境局, a city bureau); park B is 苏州高新区 in J2 (江苏省生态环境厅,
 * a province); the reviewer "out" acts for a third bureau (天津市生态环境局, at provincial level). The last three columns
 * stand above park A: a reviewer and a manager of J's province P (吉林省生态环境厅) and a manager of the national office
 * N, which reaches park B too ({@link ecopark.HierarchyFixtures} makes the tree and their accounts). All have the demo
 * password {@link #PASSWORD}.
 */
public enum Actor {
    ANONYMOUS(null, "anonymous"),
    STAFF_A("cc_staff", "staff of park A"),
    STAFF_B("sz_staff", "staff of park B"),
    REVIEWER_IN("cc_reviewer1", "reviewer of J"),
    REVIEWER_OUT("tj_reviewer", "reviewer of another bureau"),
    MANAGER_IN("cc_manager", "manager of J"),
    MANAGER_OUT("sz_manager", "manager of J2"),
    ADMIN("admin", "administrator"),
    REVIEWER_PROVINCE(ecopark.HierarchyFixtures.PROVINCE_REVIEWER, "reviewer of J's province"),
    MANAGER_PROVINCE(ecopark.HierarchyFixtures.PROVINCE_MANAGER, "manager of J's province"),
    MANAGER_NATIONAL(ecopark.HierarchyFixtures.NATIONAL_MANAGER, "manager of the national office");

    public static final String PASSWORD = "Ecopark#2026";

    private final String username;
    private final String description;

    Actor(String username, String description) {
        this.username = username;
        this.description = description;
    }

    /** The demo account, or null for the anonymous visitor. */
    public String username() {
        return username;
    }

    public boolean isAnonymous() {
        return username == null;
    }

    @Override
    public String toString() {
        return name() + (username == null ? "" : " (" + username + ", " + description + ")");
    }
}
