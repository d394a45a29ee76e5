package ecopark.report.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import ecopark.ActingUsers;
import ecopark.ReportFixtures;
import ecopark.UiTest;
import ecopark.report.service.ReportWorkflow;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The report screens offer what the report service answers for the user (ReportActions): the park's staff edit and
 * submit a draft, withdraw a submission and correct a published report; administrators read every report and are
 * offered none of it. Report years 3721–3729 (Changchun).
 */
class ReportButtonsTest extends UiTest {

    @Autowired ReportFixtures fixtures;
    @Autowired ActingUsers acting;
    @Autowired ReportWorkflow workflow;
    @Autowired JdbcTemplate jdbc;

    private static boolean shown(String id) {
        return _find(Button.class, spec -> spec.withId(id)).stream().anyMatch(Component::isVisible);
    }

    private static void open(long report) {
        UI.getCurrent().navigate(ReportEditorView.class, report);
    }

    @Test
    void a_draft_is_editable_and_submittable_for_its_staff_and_read_only_for_the_administrator() {
        long report = fixtures.completeReport(3721);

        login("admin");
        open(report);
        assertThat(_get(TextArea.class, spec -> spec.withId("narrative-introduction")).isReadOnly()).isTrue();
        assertThat(shown("save-report")).isFalse();
        assertThat(shown("submit-report")).isFalse();

        logout();
        login("cc_staff");
        open(report);
        assertThat(_get(TextArea.class, spec -> spec.withId("narrative-introduction")).isReadOnly()).isFalse();
        assertThat(shown("save-report")).isTrue();
        assertThat(shown("submit-report")).isTrue();
    }

    @Test
    void a_submission_is_withdrawable_by_its_staff_only() {
        long report = fixtures.completeReport(3723);
        acting.as("cc_staff", () -> workflow.submit(report));

        login("admin");
        open(report);
        assertThat(shown("withdraw-report")).isFalse();

        logout();
        login("cc_staff");
        open(report);
        assertThat(shown("withdraw-report")).isTrue();
        assertThat(shown("submit-report")).isFalse();
    }

    @Test
    void a_published_report_offers_a_correction_to_its_staff_only() {
        long report = fixtures.completeReport(3725);
        jdbc.update("update annual_report set status = 'PUBLISHED' where id = ?", report);

        login("admin");
        open(report);
        assertThat(shown("start-correction")).isFalse();

        logout();
        login("cc_manager");
        open(report);
        assertThat(shown("start-correction")).isFalse();

        logout();
        login("cc_staff");
        open(report);
        assertThat(shown("start-correction")).isTrue();
    }

    @Test
    void only_staff_are_offered_a_new_report() {
        login("admin");
        UI.getCurrent().navigate(ReportListView.class);
        assertThat(_find(IntegerField.class)).isEmpty();

        logout();
        login("cc_staff");
        UI.getCurrent().navigate(ReportListView.class);
        assertThat(_find(IntegerField.class)).hasSize(1);
    }
}
