package ecopark.security.matrix;

/**
 * The eight kinds of user every cell of the access matrix is checked for, in the order of the table's columns. Park A
 * is 长春经济技术开发区 in jurisdiction J (长春市生态环境局); park B is 苏州高新区 in J2 (江苏省生态环境厅); the reviewer
 * "out" acts for a third bureau (天津市生态环境局). All are demo accounts (password {@link #PASSWORD}).
 */
public enum Actor {
    ANONYMOUS(null, "anonymous"),
    STAFF_A("cc_staff", "staff of park A"),
    STAFF_B("sz_staff", "staff of park B"),
    REVIEWER_IN("cc_reviewer1", "reviewer of J"),
    REVIEWER_OUT("tj_reviewer", "reviewer of another bureau"),
    MANAGER_IN("cc_manager", "manager of J"),
    MANAGER_OUT("sz_manager", "manager of J2"),
    ADMIN("admin", "administrator");

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
