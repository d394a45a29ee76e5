package ecopark.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.server.VaadinService;
import ecopark.UiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

class IdleSessionSettingsTest extends UiTest {

    @Value("${server.servlet.session.timeout}") String sessionTimeout;

    @Test
    void an_open_tab_does_not_keep_an_idle_session_alive_beyond_thirty_minutes() {
        DeploymentConfiguration configuration = VaadinService.getCurrent().getDeploymentConfiguration();

        assertThat(configuration.isCloseIdleSessions()).isTrue();
        assertThat(configuration.getHeartbeatInterval()).isBetween(60, 600);
        assertThat(sessionTimeout).isEqualTo("30m");
    }
}
