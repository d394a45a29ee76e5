package ecopark.report.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import ecopark.ReportFixtures;
import ecopark.UiTest;
import ecopark.base.ui.component.DecimalField;
import ecopark.evaluation.service.IndicatorSheetService;
import ecopark.evaluation.service.SheetView;
import ecopark.evaluation.service.StatisticsService;
import ecopark.evaluation.ui.EvaluationPanel;
import ecopark.report.service.ReportService;
import ecopark.security.SystemActor;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SectionThreeEditorTest extends UiTest {

    @Autowired ReportService reports;
    @Autowired IndicatorSheetService sheets;
    @Autowired ReportFixtures fixtures;
    @Autowired StatisticsService statistics;

    private long newReport(int year) {
        return SystemActor.callAs(fixtures.changchunStaff(),
                () -> reports.create(fixtures.changchunStaff().parkId(), year).getId());
    }

    @Test
    void the_editor_shows_all_32_indicator_rows_with_the_live_evaluation() {
        long report = newReport(2301);
        login("cc_staff");
        UI.getCurrent().navigate(ReportEditorView.class, report);
        SectionThreeSteps.openSectionThree();

        assertThat(_find(Div.class, spec -> spec.withClasses("indicator-row"))).hasSize(32);
        _get(EvaluationPanel.class);
    }

    @Test
    void an_entered_count_is_stored_with_the_report_and_a_bad_one_is_refused_at_the_field() {
        long report = newReport(2302);
        login("cc_staff");
        UI.getCurrent().navigate(ReportEditorView.class, report);
        SectionThreeSteps.openSectionThree();

        DecimalField projects = _get(_get(Div.class, spec -> spec.withId("indicator-5")), DecimalField.class);
        _setValue(projects, "8");
        _click(_get(Button.class, spec -> spec.withId("save-report")));
        assertThat(entered(report, "5")).isEqualByComparingTo("8");

        _setValue(projects, "2.5");
        assertThat(projects.isInvalid()).isTrue();
        assertThat(projects.getErrorMessage()).isNotBlank();
        _click(_get(Button.class, spec -> spec.withId("save-report")));
        assertThat(entered(report, "5")).isEqualByComparingTo("8");
        assertThat(projects.getValue()).isEqualTo("2.5");
    }

    private BigDecimal entered(long report, String code) {
        SheetView sheet = SystemActor.call(() -> sheets.sheet(report));
        return sheet.entries().stream().filter(e -> e.code().equals(code)).findFirst().orElseThrow().enteredValue();
    }

    @Test
    void statistics_are_saved_with_the_report_for_the_years_the_formulas_read() {
        long report = newReport(2303);
        login("cc_staff");
        UI.getCurrent().navigate(ReportEditorView.class, report);
        SectionThreeSteps.openSectionThree();

        _setValue(_get(DecimalField.class, spec -> spec.withId("stat-employees-2303")), "121000");
        _click(_get(Button.class, spec -> spec.withId("save-report")));

        assertThat(_get(Span.class, spec -> spec.withClasses("save-state")).getText()).startsWith("已保存");
        long park = fixtures.changchunStaff().parkId();
        assertThat(SystemActor.call(() -> statistics.values(park, 2303, 2303))).singleElement()
                .satisfies(v -> assertThat(v.value()).isEqualByComparingTo("121000"));
    }

    @Test
    void reviewers_see_section_three_read_only() {
        login("cc_reviewer1");
        long report = SystemActor.call(() -> reports.findVisible(org.springframework.data.domain.Pageable.unpaged())
                .stream().filter(r -> r.year() == 2019).findFirst().orElseThrow().id());
        UI.getCurrent().navigate(ReportEditorView.class, report);
        SectionThreeSteps.openSectionThree();

        assertThat(_find(Button.class, spec -> spec.withId("save-report"))).allMatch(b -> !b.isVisible());
        assertThat(_find(DecimalField.class)).isNotEmpty().allMatch(DecimalField::isReadOnly);
    }
}
