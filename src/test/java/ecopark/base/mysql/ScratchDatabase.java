package ecopark.base.mysql;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A database of a test's own beside the suite's ({@code ECOPARK_IT_DB_URL}), on the same server and account: tests
 * that seed data the suite's database must not hold (a second node's view, a restored dump) work in one of these,
 * created empty (utf8mb4) and dropped at the end.
 */
final class ScratchDatabase implements AutoCloseable {

    private static final Pattern URL = Pattern.compile("^(jdbc:[a-z]+://[^/]+/)([^?]+)(.*)$");

    private final String name;
    private final String url;

    private ScratchDatabase(String name, String url) {
        this.name = name;
        this.url = url;
    }

    /** An empty database named after the suite's with the suffix; one left by an aborted run is replaced. */
    static ScratchDatabase fresh(String suffix) {
        Matcher parts = URL.matcher(MySqlDatabase.url());
        if (!parts.matches()) {
            throw new IllegalStateException(
                    MySqlDatabase.URL_VARIABLE + " has no database name: " + MySqlDatabase.url());
        }
        String name = parts.group(2) + "_" + suffix;
        ScratchDatabase database = new ScratchDatabase(name, parts.group(1) + name + parts.group(3));
        database.execute("drop database if exists `" + name + "`");
        database.execute("create database `" + name + "` character set utf8mb4 collate utf8mb4_unicode_ci");
        return database;
    }

    String name() {
        return name;
    }

    String url() {
        return url;
    }

    static String user() {
        return env("ECOPARK_IT_DB_USER", "root");
    }

    static String password() {
        return env("ECOPARK_IT_DB_PASSWORD", "");
    }

    /** Host and port of the server, for the command-line tools. */
    static String[] hostAndPort() {
        Matcher parts = Pattern.compile("^jdbc:[a-z]+://([^:/]+)(?::(\\d+))?/.*$").matcher(MySqlDatabase.url());
        if (!parts.matches()) {
            throw new IllegalStateException("Cannot read the host of " + MySqlDatabase.url());
        }
        return new String[] {parts.group(1), parts.group(2) == null ? "3306" : parts.group(2)};
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user(), password());
    }

    @Override
    public void close() {
        execute("drop database if exists `" + name + "`");
    }

    private void execute(String sql) {
        Matcher parts = URL.matcher(MySqlDatabase.url());
        parts.matches();
        try (Connection server = DriverManager.getConnection(parts.group(1) + parts.group(3), user(), password());
                Statement statement = server.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not run " + sql + ": " + e.getMessage(), e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
