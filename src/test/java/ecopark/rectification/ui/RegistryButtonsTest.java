package ecopark.rectification.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static ecopark.rectification.ui.RegistryScreens.openTask;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import ecopark.UiTest;
import ecopark.rectification.RectificationFixtures;
import ecopark.rectification.service.TaskCommands;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The registry's pages offer the buttons the registry's services answer for the user: administrators read and are
 * offered nothing to change; managers hand down and verify; the park's staff register their own and rectify.
 */
class RegistryButtonsTest extends UiTest {

    @Autowired RectificationFixtures fixtures;
    @Autowired TaskCommands registry;

    private static boolean shown(String id) {
        List<Button> buttons = _find(Button.class, spec -> spec.withId(id));
        return buttons.stream().anyMatch(Component::isVisible);
    }

    private boolean anchorShown(String id) {
        return _find(Component.class, spec -> spec.withId(id)).stream().anyMatch(Component::isVisible);
    }

    @Test
    void the_list_offers_registering_to_staff_and_managers_and_nothing_but_export_to_administrators() {
        login("admin");
        UI.getCurrent().navigate(RectificationListView.class);
        assertThat(shown("new-task")).isFalse();
        assertThat(shown("new-round")).isFalse();
        assertThat(shown("import-tasks")).isFalse();
        assertThat(anchorShown("export-tasks")).isTrue();

        for (String username : new String[] {"cc_manager", "cc_staff"}) {
            logout();
            login(username);
            UI.getCurrent().navigate(RectificationListView.class);
            assertThat(shown("new-task")).as(username).isTrue();
            assertThat(shown("new-round")).as(username).isTrue();
            assertThat(shown("import-tasks")).as(username).isTrue();
        }

        logout();
        login("cc_reviewer1");
        UI.getCurrent().navigate(RectificationListView.class);
        assertThat(shown("new-task")).isFalse();
    }

    @Test
    void a_task_awaiting_verification_offers_closing_to_its_manager_only() {
        long id = fixtures.centralTask("按钮测试", 30);
        fixtures.done(id);

        login("admin");
        openTask(id);
        assertThat(shown("close-task")).isFalse();
        assertThat(shown("return-task")).isFalse();
        assertThat(shown("edit-task")).isFalse();

        logout();
        login("cc_staff");
        openTask(id);
        assertThat(shown("close-task")).isFalse();

        logout();
        login("cc_manager");
        openTask(id);
        assertThat(shown("close-task")).isTrue();
        assertThat(shown("return-task")).isTrue();
    }

    @Test
    void a_task_being_rectified_offers_its_steps_to_the_parks_staff_only() {
        long id = fixtures.centralTask("整改按钮", 30);
        fixtures.uploadEvidence(id);

        login("admin");
        openTask(id);
        assertThat(shown("mark-done")).isFalse();
        assertThat(shown("request-extension")).isFalse();

        logout();
        login("cc_manager");
        openTask(id);
        assertThat(shown("mark-done")).isFalse();

        logout();
        login("cc_staff");
        openTask(id);
        assertThat(shown("mark-done")).isTrue();
        assertThat(shown("request-extension")).isTrue();
    }
}
