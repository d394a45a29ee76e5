package ecopark.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import ecopark.ActingUsers;
import ecopark.ReportFixtures;
import ecopark.UiTest;
import ecopark.park.domain.Jurisdiction;
import ecopark.park.domain.JurisdictionRepository;
import ecopark.rectification.domain.RectificationTask;
import ecopark.rectification.domain.RectificationTaskRepository;
import ecopark.report.domain.AnnualReport;
import ecopark.report.domain.AnnualReportRepository;
import ecopark.report.service.ReportWorkflow;
import ecopark.review.domain.ReviewStage;
import ecopark.review.service.ReviewService;
import ecopark.security.SystemActor;
import java.util.Comparator;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * What the walk through the running application in a browser found at phone width (390 px) and on the English UI,
 * kept from coming back: rows of fields and buttons that did not wrap pushed the page wider than the phone and cut
 * the last button off, and lists joined with the Chinese enumeration comma "、" on the English UI.
 */
class NarrowScreenAndEnglishTextsTest extends UiTest {

    @Autowired AnnualReportRepository reports;
    @Autowired ReportFixtures fixtures;
    @Autowired ReportWorkflow workflow;
    @Autowired ReviewService review;
    @Autowired ActingUsers acting;
    @Autowired RectificationTaskRepository tasks;
    @Autowired JurisdictionRepository jurisdictions;

    private long demoReport() {
        return reports.findAll().stream().min(Comparator.comparing(AnnualReport::getId)).orElseThrow().getId();
    }

    @Test
    void the_new_report_bar_wraps_on_a_phone() {
        login("cc_staff");
        navigate("reports");
        assertThat(_get(HorizontalLayout.class, spec -> spec.withClasses("new-report-bar")).isWrap()).isTrue();
    }

    @Test
    void the_inbox_filters_wrap_on_a_phone() {
        login("cc_reviewer1");
        navigate("inbox");
        HorizontalLayout filters = _get(HorizontalLayout.class, spec -> spec.withClasses("inbox-filters"));
        assertThat(filters.isWrap()).isTrue();
    }

    @Test
    void the_review_screens_comment_and_decision_buttons_wrap_on_a_phone() {
        String task = claimedTask(3241);
        login("cc_reviewer1");
        navigate("review/" + task);
        HorizontalLayout buttons = _get(HorizontalLayout.class, spec -> spec.withClasses("decision-buttons"));
        assertThat(buttons.isWrap()).isTrue();
        assertThat(_find(buttons, Button.class)).extracting(Button::getId).map(id -> id.orElse(""))
                .containsExactly("add-comment", "approve", "return");
    }

    @Test
    void the_review_process_diagram_names_its_steps_in_english_on_the_english_ui() {
        String task = claimedTask(3242);
        login("cc_reviewer1");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate("review/" + task);
        String svg = _get(Div.class, spec -> spec.withClasses("process-diagram-canvas")).getElement()
                .getProperty("innerHTML");
        // Bureaus are named as they are called (data, like park names), wrapped over lines: without their characters,
        // every word of the diagram itself is English (a 初审 or 复核 would still show)
        String words = svg;
        for (Jurisdiction bureau : jurisdictions.findAll()) {
            words = words.replaceAll("[" + Pattern.quote(bureau.getName()) + "]", "");
        }
        assertThat(svg).contains("Preliminary review").contains("Completeness check");
        assertThat(words).doesNotContainPattern("\\p{IsHan}");

        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        navigate("inbox");
        navigate("review/" + task);
        assertThat(_get(Div.class, spec -> spec.withClasses("process-diagram-canvas")).getElement()
                .getProperty("innerHTML")).contains("完整性检查").contains(">初审<");
    }

    private String claimedTask(int year) {
        long report = fixtures.completeReport(year);
        SystemActor.callAs(fixtures.changchunStaff(), () -> workflow.submit(report));
        return acting.as("cc_reviewer1", () -> {
            String id = review.inbox(ReviewStage.PRELIMINARY, false, PageRequest.of(0, 500)).stream()
                    .filter(t -> t.reportId() == report).findFirst().orElseThrow().taskId();
            review.claim(id);
            return id;
        });
    }

    @Test
    void a_rectification_tasks_actions_wrap_on_a_phone() {
        AnnualReport report = reports.findById(demoReport()).orElseThrow();
        RectificationTask task = tasks.findAll().stream().filter(t -> t.getParkId().equals(report.getParkId()))
                .min(Comparator.comparing(RectificationTask::getId)).orElseThrow();
        login("cc_staff");
        navigate("rectification/" + task.getId());
        HorizontalLayout actions = _get(HorizontalLayout.class, spec -> spec.withClasses("task-actions"));
        assertThat(actions.isWrap()).isTrue();
    }

    @Test
    void the_rectification_dashboard_is_as_wide_as_the_page_not_as_its_charts() {
        login("cc_manager");
        navigate("rectification/dashboard");
        assertThat(_get(Div.class, spec -> spec.withClasses("dashboard-content")).getWidth()).isEqualTo("100%");
    }

    @Test
    void the_evaluation_lists_the_indicators_not_assessed_with_the_languages_separator() {
        login("cc_staff");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate("evaluation/" + demoReport());
        String english = _get(Span.class, spec -> spec.withClasses("not-assessed")).getText();
        assertThat(english).contains(", ").doesNotContain("、");

        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        navigate("reports");
        navigate("evaluation/" + demoReport());
        assertThat(_get(Span.class, spec -> spec.withClasses("not-assessed")).getText()).contains("、");
    }
}
