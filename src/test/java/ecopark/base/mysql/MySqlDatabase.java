package ecopark.base.mysql;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The MySQL/MariaDB integration suite runs when {@code ECOPARK_IT_DB_URL} names a database (CI creates a fresh one);
 * without it the suite is skipped, so README's test command also works on a machine without a database server.
 */
final class MySqlDatabase {

    static final String URL_VARIABLE = "ECOPARK_IT_DB_URL";

    private MySqlDatabase() {
    }

    static String url() {
        return System.getenv(URL_VARIABLE);
    }

    /** The same database through mariadb-java-client. */
    static String mariadbUrl() {
        String url = url();
        return url.replaceFirst("^jdbc:mysql:", "jdbc:mariadb:");
    }

    static void register(DynamicPropertyRegistry registry, String url) {
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> env("ECOPARK_IT_DB_USER", "root"));
        registry.add("spring.datasource.password", () -> env("ECOPARK_IT_DB_PASSWORD", ""));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
