package ecopark.bench;

import ecopark.Application;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
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

    static ConfigurableApplicationContext inMemory() {
        Map<String, Object> properties = common();
        properties.put("spring.datasource.url",
                "jdbc:h2:mem:bench;MODE=MySQL;DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE,YEAR");
        return start(properties, "default");
    }

    static ConfigurableApplicationContext database(String url) {
        Map<String, Object> properties = common();
        properties.put("spring.datasource.url", url);
        properties.put("spring.datasource.username", env("ECOPARK_BENCH_DB_USER", "root"));
        properties.put("spring.datasource.password", env("ECOPARK_BENCH_DB_PASSWORD", ""));
        return start(properties, "mysql");
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
    private static ConfigurableApplicationContext start(Map<String, Object> properties, String profile) {
        // As command-line arguments, so that they win over the profile's own properties file.
        String[] args = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(Application.class).web(WebApplicationType.SERVLET)
                .contextFactory(type -> new GenericWebApplicationContext(new MockServletContext()))
                .profiles(profile).run(args);
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
