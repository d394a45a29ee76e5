package ecopark.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ecopark.Application;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/** The production (mysql) profile's settings: no fallbacks, one clear line when something is missing. */
@ExtendWith(OutputCaptureExtension.class)
class ProductionStartTest {

    @Test
    void the_mysql_profile_without_a_database_user_stops_with_one_line_naming_the_variable(CapturedOutput output) {
        // The machine's own environment, less ECOPARK_DB_USER: the start sees it unset wherever the test runs.
        Map<String, Object> variables = new HashMap<>(System.getenv());
        variables.remove("ECOPARK_DB_USER");
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new MapPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables));
        SpringApplication application = new SpringApplication(Application.class);
        application.setEnvironment(environment);

        assertThatThrownBy(() -> application.run("--spring.profiles.active=mysql",
                "--spring.datasource.url=jdbc:mysql://127.0.0.1:1/ecopark", "--spring.datasource.password=secret",
                "--server.port=0"))
                .isInstanceOf(Exception.class);

        assertThat(output.getOut() + output.getErr())
                .contains("The environment variable ECOPARK_DB_USER is not set; this profile has no default for it.")
                .doesNotContain("Cannot connect to the database");
    }

    @Test
    void each_missing_database_variable_is_named() throws IOException {
        for (String variable : new String[] {"ECOPARK_DB_URL", "ECOPARK_DB_USER", "ECOPARK_DB_PASSWORD"}) {
            StandardEnvironment mysql = environment(true);
            mysql.getPropertySources().addFirst(new MapPropertySource("others", given(variable)));

            assertThatThrownBy(() -> RequiredSettings.check(mysql))
                    .isInstanceOf(StartupRefusedException.class)
                    .hasMessage("The environment variable " + variable + " is not set; this profile has no default "
                            + "for it.");
        }
    }

    @Test
    void with_all_three_variables_the_check_lets_the_start_go_on_even_with_an_empty_password() throws IOException {
        StandardEnvironment mysql = environment(true);
        mysql.getPropertySources().addFirst(new MapPropertySource("all", Map.of("ECOPARK_DB_URL", "jdbc:mysql://db/x",
                "ECOPARK_DB_USER", "ecopark", "ECOPARK_DB_PASSWORD", "")));

        RequiredSettings.check(mysql);
        assertThat(mysql.getProperty("spring.datasource.username")).isEqualTo("ecopark");
    }

    /** Every database variable except the one named. */
    private static Map<String, Object> given(String missing) {
        Map<String, Object> values = new HashMap<>(Map.of("ECOPARK_DB_URL", "jdbc:mysql://db/x",
                "ECOPARK_DB_USER", "ecopark", "ECOPARK_DB_PASSWORD", "secret"));
        values.remove(missing);
        return values;
    }

    @Test
    void a_refused_start_is_one_message_with_its_remedy() {
        FailureAnalysis analysis = new ProductionStartFailureAnalyzer().analyze(new IllegalStateException("wrapped",
                new StartupRefusedException("Refusing to start: demo accounts exist", "Delete them.")));

        assertThat(analysis.getDescription()).isEqualTo("Refusing to start: demo accounts exist");
        assertThat(analysis.getAction()).isEqualTo("Delete them.");
        assertThat(new ProductionStartFailureAnalyzer().analyze(new IllegalStateException("other"))).isNull();
    }

    @Test
    void the_mysql_profile_has_no_database_defaults_and_turns_the_production_safeguards_on() throws IOException {
        StandardEnvironment mysql = environment(true);

        assertThat(mysql.getProperty("ecopark.startup-safety-check")).isEqualTo("true");
        assertThat(mysql.getProperty("server.forward-headers-strategy")).isEqualTo("native");
        assertThat(mysql.getProperty("springdoc.api-docs.enabled")).isEqualTo("false");
        assertThat(mysql.getProperty("springdoc.swagger-ui.enabled")).isEqualTo("false");
        assertThat(mysql.getProperty("ecopark.demo-data")).isEqualTo("false");
        for (String property : new String[] {"spring.datasource.url", "spring.datasource.username",
                "spring.datasource.password"}) {
            assertThatThrownBy(() -> mysql.getProperty(property))
                    .hasMessageContaining("Could not resolve placeholder 'ECOPARK_DB_");
        }
    }

    @Test
    void the_default_profile_shows_the_api_pages_and_sends_a_lax_cookie_that_tls_deployments_make_secure()
            throws IOException {
        StandardEnvironment defaults = environment(false);

        assertThat(defaults.getProperty("springdoc.api-docs.enabled")).isEqualTo("true");
        assertThat(defaults.getProperty("springdoc.swagger-ui.enabled")).isEqualTo("true");
        assertThat(defaults.getProperty("ecopark.startup-safety-check")).isEqualTo("false");
        assertThat(defaults.getProperty("server.servlet.session.cookie.same-site")).isEqualTo("lax");
        assertThat(defaults.getProperty("server.servlet.session.cookie.secure")).isEqualTo("false");
        assertThat(defaults.getProperty("ecopark.first-admin.password")).isEmpty();
    }

    @Test
    void a_tls_deployment_makes_the_cookie_secure_and_the_api_pages_can_be_switched_on_in_production()
            throws IOException {
        StandardEnvironment mysql = environment(true);
        mysql.getPropertySources().addFirst(new MapPropertySource("switches",
                Map.of("ECOPARK_SECURE_COOKIE", "true", "ECOPARK_API_DOCS", "true")));

        assertThat(mysql.getProperty("server.servlet.session.cookie.secure")).isEqualTo("true");
        assertThat(mysql.getProperty("springdoc.api-docs.enabled")).isEqualTo("true");
        assertThat(mysql.getProperty("springdoc.swagger-ui.enabled")).isEqualTo("true");
    }

    /** application.properties, then application-mysql.properties over it, without the machine's environment. */
    private static StandardEnvironment environment(boolean mysql) throws IOException {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
        PropertiesPropertySourceLoader loader = new PropertiesPropertySourceLoader();
        if (mysql) {
            loader.load("mysql", new ClassPathResource("application-mysql.properties"))
                    .forEach(environment.getPropertySources()::addLast);
        }
        loader.load("defaults", new ClassPathResource("application.properties"))
                .forEach(environment.getPropertySources()::addLast);
        return environment;
    }
}
