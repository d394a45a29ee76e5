package ecopark.rectification.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import ecopark.ReportFixtures;
import ecopark.UiTest;
import ecopark.evaluation.service.IndicatorSheetService;
import ecopark.rectification.RectificationFixtures;
import ecopark.rectification.domain.RectificationSource;
import ecopark.rectification.service.TaskCommands;
import ecopark.rectification.service.TaskQueries;
import ecopark.rectification.service.TaskDetail;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A not-met indicator of a report becomes a rectification task in one click from the evaluation panel. */
class IndicatorTaskTest extends UiTest {

    @Autowired ReportFixtures reports;
    @Autowired IndicatorSheetService sheets;
    @Autowired RectificationFixtures fixtures;
    @Autowired TaskCommands registry;
    @Autowired TaskQueries queries;

    private static List<Button> taskButtons() {
        return _find(Button.class).stream().filter(b -> b.getElement().hasAttribute("data-indicator-task")).toList();
    }

    private static Button button(String code) {
        return taskButtons().stream().filter(b -> b.getElement().getAttribute("data-indicator-task").equals(code))
                .findFirst().orElseThrow();
    }

    @Test
    void a_not_met_indicator_becomes_a_task_linked_to_the_indicator_and_the_report() {
        long report = reports.completeReport(3601);
        // 环境管理能力完善度 must be 100%.
        fixtures.as("cc_staff", () -> sheets.enterValue(report, "20", new BigDecimal("80")));
        login("cc_staff");
        navigate("evaluation/" + report);

        assertThat(taskButtons()).extracting(b -> b.getElement().getAttribute("data-indicator-task"))
                .contains("20").doesNotContain("5", "10");
        _click(button("20"));

        Anchor link = _find(Anchor.class).stream().filter(a -> a.hasClassName("indicator-task-link")).findFirst()
                .orElseThrow();
        long taskId = Long.parseLong(link.getHref().substring("rectification/".length()));
        TaskDetail task = fixtures.as("cc_staff", () -> queries.get(taskId));
        assertThat(task.source()).isEqualTo(RectificationSource.FAILED_INDICATOR);
        assertThat(task.reportId()).isEqualTo(report);
        assertThat(task.indicatorCode()).isEqualTo("20");
        assertThat(task.title()).isEqualTo("3601 年度评价指标 20（环境管理能力完善度）未达标");
        assertThat(task.responsibleUsername()).isEqualTo("cc_staff");

        navigate("evaluation/" + report);
        assertThat(taskButtons()).noneMatch(b -> b.getElement().getAttribute("data-indicator-task").equals("20"));
        assertThat(_find(Anchor.class)).anyMatch(a -> a.getHref().equals("rectification/" + taskId));
        assertThat(fixtures.as("cc_manager", () -> registry.createFromIndicator(report, fixtures.changchun(), 3601,
                "20", "环境管理能力完善度"))).isEqualTo(taskId);
    }

    @Test
    void reviewers_see_no_button_and_met_indicators_offer_nothing() {
        long report = reports.completeReport(3602);
        fixtures.as("cc_staff", () -> sheets.enterValue(report, "30", new BigDecimal("90")));
        login("cc_reviewer1");
        navigate("evaluation/" + report);
        assertThat(taskButtons()).isEmpty();

        logout();
        login("cc_manager");
        navigate("evaluation/" + report);
        assertThat(taskButtons()).extracting(b -> b.getElement().getAttribute("data-indicator-task"))
                .contains("30").doesNotContain("5", "20");
    }
}
