package ecopark.bench;

import ecopark.Application;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mock.web.MockServletContext;
import org.springframework.web.context.support.GenericWebApplicationContext;

/**
 * The application without a web server, for benchmarks: on a private in-memory H2 database, or on the MariaDB/MySQL
 * database that {@code ECOPARK_BENCH_DB_URL} names (profile {@code mysql}, Flyway creates the schema). No demo data.
 */
final class BenchContext {

    static final String URL_VARIABLE = "ECOPARK_BENCH_DB_URL";

    private BenchContext() {
    }

    /** The benchmark database, or a clear refusal to run without one. */
    static String requiredUrl() {
        String url = System.getenv(URL_VARIABLE);
        if (url == null || url.isBlank()) {
            throw new IllegalStateException(URL_VARIABLE + " names no database, e.g. "
                    + "jdbc:mariadb://127.0.0.1:3306/ecopark_bench");
        }
        return url;
    }

    static ConfigurableApplicationContext inMemory() {
        Map<String, Object> properties = common();
        properties.put("spring.datasource.url",
                "jdbc:h2:mem:bench;MODE=MySQL;DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE,YEAR");
        return start(properties, "default", new ApplicationContextInitializer[0]);
    }

    static ConfigurableApplicationContext database(String url) {
        return database(url, new ApplicationContextInitializer[0]);
    }

    /** The same, with initializers that may, e.g., wrap beans for a profile. */
    static ConfigurableApplicationContext database(String url,
            ApplicationContextInitializer<?>... initializers) {
        Map<String, Object> properties = common();
        properties.put("spring.datasource.url", url);
        properties.put("spring.datasource.username", env("ECOPARK_BENCH_DB_USER", "root"));
        properties.put("spring.datasource.password", env("ECOPARK_BENCH_DB_PASSWORD", ""));
        return start(properties, "mysql", initializers);
    }

    private static Map<String, Object> common() {
        Map<String, Object> properties = new HashMap<>();
        properties.put("ecopark.demo-data", "false");
        properties.put("flowable.async-executor-activate", "false");
        properties.put("logging.level.root", "warn");
        properties.put("spring.main.banner-mode", "off");
        return properties;
    }

    /** A servlet context without a server, as Spring Boot's tests run it: security and Vaadin configure, nothing listens. */
    private static ConfigurableApplicationContext start(Map<String, Object> properties, String profile,
            ApplicationContextInitializer<?>... initializers) {
        // As command-line arguments, so that they win over the profile's own properties file.
        String[] args = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(Application.class).web(WebApplicationType.SERVLET)
                .contextFactory(type -> new GenericWebApplicationContext(new MockServletContext()))
                .initializers(initializers).profiles(profile).run(args);
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
