package ecopark.report.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import ecopark.ReportFixtures;
import ecopark.UiTest;
import ecopark.base.ui.component.DecimalField;
import ecopark.evaluation.service.IndicatorSheetService;
import ecopark.evaluation.service.SheetWorkbook;
import ecopark.evaluation.service.StatisticsService;
import ecopark.evaluation.service.YearlyValue;
import ecopark.evaluation.ui.EvaluationPanel;
import ecopark.evaluation.ui.SectionThreeEditor;
import ecopark.report.domain.NarrativeSection;
import ecopark.report.service.ReportService;
import ecopark.security.SystemActor;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The report editor's one save: the header's 保存 and the autosave store everything on the page (section 三's values
 * and the park's statistics included) or nothing, and the editor never changes what was typed. Years 3410–3499, ten
 * apart, so the statistics years one test reads (its year and the three before) are its own.
 */
class ReportEditorOneSaveTest extends UiTest {

    @Autowired ReportService reports;
    @Autowired IndicatorSheetService sheets;
    @Autowired StatisticsService statistics;
    @Autowired SheetWorkbook workbook;
    @Autowired ReportFixtures fixtures;

    private long open(int year) {
        long report = fixtures.completeReport(year);
        login("cc_staff");
        UI.getCurrent().navigate(ReportEditorView.class, report);
        SectionThreeSteps.openSectionThree();
        return report;
    }

    private static DecimalField field(String id) {
        return _get(DecimalField.class, spec -> spec.withId(id));
    }

    private static void saveReport() {
        _click(_get(Button.class, spec -> spec.withId("save-report")));
    }

    private Optional<BigDecimal> stored(String statistic, int year) {
        long park = fixtures.changchunStaff().parkId();
        return SystemActor.call(() -> statistics.values(park, year, year)).stream()
                .filter(v -> v.statistic().equals(statistic)).map(YearlyValue::value).findFirst();
    }

    private BigDecimal enteredValue(long report, String code) {
        return SystemActor.call(() -> sheets.sheet(report)).entries().stream().filter(e -> e.code().equals(code))
                .findFirst().orElseThrow().enteredValue();
    }

    private String narrative(long report, NarrativeSection section) {
        return SystemActor.call(() -> reports.get(report)).narrative(section);
    }

    @Test
    void the_header_save_stores_statistics_of_several_years_a_narrative_and_an_indicator_value_together() {
        long report = open(3410);
        _setValue(field("stat-employees-3409"), "118000");
        _setValue(field("stat-employees-3410"), "125000");
        _setValue(_get(TextArea.class, spec -> spec.withId("narrative-problems")), "龙头项目较少");
        _setValue(field("value-5"), "9");

        saveReport();

        assertThat(stored("employees", 3409)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("118000"));
        assertThat(stored("employees", 3410)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("125000"));
        assertThat(narrative(report, NarrativeSection.PROBLEMS)).isEqualTo("龙头项目较少");
        assertThat(enteredValue(report, "5")).isEqualByComparingTo("9");
        assertThat(_get(Span.class, spec -> spec.withClasses("save-state")).getText()).startsWith("已保存");
        assertThat(_get(ReportEditorView.class).hasUnsavedChanges()).isFalse();
    }

    @Test
    void a_refused_value_in_one_year_stores_nothing_and_is_marked_at_its_cell() {
        long report = open(3420);
        _setValue(field("stat-employees-3419"), "118000");
        _setValue(field("stat-employees-3420"), "-5");
        _setValue(_get(TextArea.class, spec -> spec.withId("narrative-problems")), "不应保存");

        saveReport();

        DecimalField refused = field("stat-employees-3420");
        assertThat(refused.isInvalid()).isTrue();
        assertThat(refused.getErrorMessage()).contains("园区工业从业人员应在 0 至 100000000 人之间");
        assertThat(refused.getValue()).isEqualTo("-5");
        assertThat(field("stat-employees-3419").isInvalid()).isFalse();
        assertThat(stored("employees", 3419)).isEmpty();
        assertThat(stored("employees", 3420)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("120000"));
        assertThat(narrative(report, NarrativeSection.PROBLEMS)).isNotEqualTo("不应保存");
        assertThat(_get(ReportEditorView.class).hasUnsavedChanges()).isTrue();
    }

    @Test
    void an_emptied_statistic_is_deleted_by_the_save() {
        open(3430);
        assertThat(field("stat-employees-3430").getValue()).isEqualTo("120000");

        _setValue(field("stat-employees-3430"), "");
        saveReport();

        assertThat(stored("employees", 3430)).isEmpty();
        assertThat(_get(ReportEditorView.class).hasUnsavedChanges()).isFalse();
    }

    @Test
    void the_autosave_stores_typed_statistics() {
        open(3440);
        _setValue(field("stat-employees-3440"), "131000");

        UI ui = UI.getCurrent();
        ComponentUtil.fireEvent(ui, new PollEvent(ui, true));

        assertThat(stored("employees", 3440)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("131000"));
        assertThat(_get(Span.class, spec -> spec.withClasses("save-state")).getText()).startsWith("已自动保存");
    }

    @Test
    void an_autosave_with_a_refused_field_saves_nothing_and_says_so_quietly() {
        open(3450);
        _setValue(field("stat-employees-3450"), "1,000");

        UI ui = UI.getCurrent();
        ComponentUtil.fireEvent(ui, new PollEvent(ui, true));

        assertThat(stored("employees", 3450)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("120000"));
        assertThat(_get(Span.class, spec -> spec.withClasses("save-state")).getText()).startsWith("未能自动保存");
        assertThat(_find(Dialog.class)).isEmpty();
    }

    @Test
    void full_width_digits_are_stored_as_typed_and_separators_and_exponents_are_refused_at_the_field() {
        long report = open(3460);
        _setValue(field("value-32"), "１２");
        _setValue(field("stat-employees-3460"), "1,000");
        _setValue(field("stat-industrial_output-3460"), "1e10");

        DecimalField separator = field("stat-employees-3460");
        assertThat(separator.isInvalid()).isTrue();
        assertThat(separator.getErrorMessage()).contains("千位分隔符");
        assertThat(separator.getValue()).isEqualTo("1,000");
        DecimalField exponent = field("stat-industrial_output-3460");
        assertThat(exponent.isInvalid()).isTrue();
        assertThat(exponent.getErrorMessage()).contains("科学计数法");
        assertThat(exponent.getValue()).isEqualTo("1e10");

        saveReport();
        assertThat(stored("employees", 3460)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("120000"));
        assertThat(enteredValue(report, "32")).isEqualByComparingTo("4");

        _setValue(separator, "1000");
        _setValue(exponent, "9020000");
        saveReport();
        assertThat(enteredValue(report, "32")).isEqualByComparingTo("12");
        assertThat(stored("employees", 3460)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1000"));
        assertThat(field("value-32").getValue()).isEqualTo("１２");
    }

    @Test
    void stored_values_are_shown_with_their_digits_and_no_padding() {
        open(3470);

        assertThat(field("value-29").getValue()).isEqualTo("17.6");
        assertThat(field("stat-industrial_output-3470").getValue()).isEqualTo("9020000");
    }

    @Test
    void the_evaluation_follows_a_typed_statistic_before_it_is_saved() {
        open(3480);
        String before = _get(EvaluationPanel.class).getElement().getTextRecursively();

        _setValue(field("stat-employees-3480"), "60000");

        assertThat(_get(EvaluationPanel.class).getElement().getTextRecursively()).isNotEqualTo(before);
        assertThat(stored("employees", 3480)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("120000"));
    }

    @Test
    void a_narrative_over_its_limit_is_refused_with_the_limit_and_its_length_and_stays_in_the_field() {
        long report = open(3490);
        String tooLong = "字".repeat(30_001);
        TextArea area = _get(TextArea.class, spec -> spec.withId("narrative-problems"));
        _setValue(area, tooLong);

        saveReport();

        assertThat(area.isInvalid()).isTrue();
        assertThat(area.getErrorMessage()).contains("30000").contains("30001");
        assertThat(area.getValue()).isEqualTo(tooLong);
        assertThat(narrative(report, NarrativeSection.PROBLEMS)).isNotEqualTo(tooLong);
    }

    @Test
    void control_characters_are_removed_from_a_narrative_with_a_message_saying_how_many() {
        long report = open(3415);
        TextArea area = _get(TextArea.class, spec -> spec.withId("narrative-problems"));
        _setValue(area, "龙头\u202e项目\u200b较少");

        assertThat(area.getValue()).isEqualTo("龙头项目较少");
        assertThat(NotificationsKt.getNotifications()).anySatisfy(n ->
                assertThat(n.getElement().getProperty("text")).contains("2 个不可见"));
        saveReport();
        assertThat(narrative(report, NarrativeSection.PROBLEMS)).isEqualTo("龙头项目较少");
    }

    @Test
    void an_import_asks_before_it_replaces_unsaved_edits() {
        long report = open(3425);
        byte[] file = SystemActor.call(() -> workbook.export(report, Locale.SIMPLIFIED_CHINESE).content());
        _setValue(field("stat-employees-3425"), "126000");

        _get(SectionThreeEditor.class).importWorkbook(file);

        assertThat(_find(ConfirmDialog.class)).hasSize(1);
        assertThat(field("stat-employees-3425").getValue()).isEqualTo("126000");
    }

    @Test
    void saving_the_industry_value_keeps_what_is_typed_elsewhere() {
        long report = open(3435);
        _setValue(field("stat-employees-3435"), "126000");

        _click(_get(Button.class, spec -> spec.withId("override-11")));
        _setValue(field("override-threshold"), "0.40");
        _setValue(_get(TextField.class, spec -> spec.withId("override-industry")), "汽车制造业");
        _setValue(field("override-industry-share"), "76");
        _setValue(_get(TextArea.class, spec -> spec.withId("override-reason")), "汽车制造业产值占园区工业总产值 76%");
        _click(_get(Button.class, spec -> spec.withId("override-save")));

        assertThat(_find(Dialog.class)).isEmpty();
        assertThat(field("stat-employees-3435").getValue()).isEqualTo("126000");
        assertThat(_get(ReportEditorView.class).hasUnsavedChanges()).isTrue();
        saveReport();
        assertThat(stored("employees", 3435)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("126000"));
        assertThat(SystemActor.call(() -> sheets.sheet(report)).entries().stream()
                .filter(e -> e.code().equals("11")).findFirst().orElseThrow().overrideThreshold())
                .isEqualByComparingTo("0.40");
    }
}
