package ecopark.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ecopark.Application;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class DatabaseUnreachableTest {

    @Test
    void a_database_that_cannot_be_reached_stops_the_start_with_one_line_naming_its_url(CapturedOutput output) {
        String url = "jdbc:mysql://127.0.0.1:1/ecopark";

        assertThatThrownBy(() -> SpringApplication.run(Application.class,
                "--spring.profiles.active=mysql", "--spring.datasource.url=" + url,
                "--spring.datasource.username=ecopark", "--spring.datasource.password=secret",
                "--spring.datasource.hikari.connection-timeout=2000", "--server.port=0"))
                .isInstanceOf(Exception.class);

        assertThat(output.getOut() + output.getErr())
                .contains("Cannot connect to the database at " + url)
                .doesNotContain("HikariPool-1 - Exception during pool initialization");
    }
}
