package ecopark;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.PWA;
import com.vaadin.flow.theme.Theme;
import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling // housekeeping such as the sign-in throttle's sweep of quiet counts (@Scheduled)
@Theme("ecopark")
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
public class Application implements AppShellConfigurator {

    /** China time: the parks and their reviewers live in it, wherever the server runs. */
    public static final String DEFAULT_TIME_ZONE = "Asia/Shanghai";

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }

    /**
     * All domain time comes from here, so timers and deadlines are testable. Its zone is the parks' ({@code
     * ecopark.time-zone}, China time by default), not the server's: "today" — deadlines, overdue counts, countdowns,
     * dates shown and printed — is Beijing's date on a UTC server too.
     */
    @Bean
    Clock clock(@Value("${ecopark.time-zone:" + DEFAULT_TIME_ZONE + "}") ZoneId zone) {
        return Clock.system(zone);
    }
}
