package ecopark.report.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import ecopark.ReportFixtures;
import ecopark.UiTest;
import ecopark.evaluation.service.IndicatorSheetService;
import ecopark.evaluation.service.StatisticsService;
import ecopark.report.domain.AnnualReport;
import ecopark.report.domain.NarrativeSection;
import ecopark.report.service.ReportDraft;
import ecopark.report.service.ReportService;
import ecopark.security.SignedInUser;
import ecopark.security.SystemActor;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The submission checklist reads as text in both languages: indicators and statistics by their names in the user's
 * language, never a Java record, a hash or a raw key; a mandatory row whose value cannot be computed blocks with its
 * reason, an optional one with the hint that it can be deselected.
 *
 * <p>Changchun's report of 3281: value added as in the base year 2016 (zero growth, so the elasticity coefficients
 * 10, 13 and 25 cannot be computed), no industrial employees (indicator 2 lacks data), and no industrial solid waste
 * (indicator 6 divides by zero).
 */
class SubmissionChecklistTextTest extends UiTest {

    static final int YEAR = 3281;

    @Autowired ReportService reports;
    @Autowired StatisticsService statistics;
    @Autowired IndicatorSheetService sheets;
    @Autowired ReportFixtures fixtures;

    private static Long report;

    private long report() {
        if (report == null) {
            SignedInUser staff = fixtures.changchunStaff();
            report = SystemActor.callAs(staff, () -> {
                AnnualReport created = reports.create(staff.parkId(), YEAR);
                Map<NarrativeSection, String> texts = new EnumMap<>(NarrativeSection.class);
                for (NarrativeSection s : NarrativeSection.values()) {
                    texts.put(s, YEAR + " 年" + s.name() + "。");
                }
                reports.saveDraft(created.getId(), ReportDraft.of(created).withNarratives(texts));
                Map<String, BigDecimal> values = new LinkedHashMap<>();
                values.put("industrial_output", new BigDecimal("9020000"));
                values.put("industrial_value_added", new BigDecimal("2150000"));
                values.put("industrial_land_area", new BigDecimal("26.0"));
                values.put("energy_consumption", new BigDecimal("1008000"));
                values.put("fresh_water", new BigDecimal("12480000"));
                values.put("wastewater_discharged", new BigDecimal("9840000"));
                values.put("solid_waste_generated", BigDecimal.ZERO);
                values.put("solid_waste_utilised", BigDecimal.ZERO);
                values.put("co2_emissions", new BigDecimal("2520000"));
                values.put("cod_emissions", new BigDecimal("1480"));
                values.put("ammonia_emissions", new BigDecimal("138"));
                values.put("so2_emissions", new BigDecimal("1960"));
                values.put("nox_emissions", new BigDecimal("3150"));
                statistics.record(staff.parkId(), YEAR, values);
                sheets.select(created.getId(), Set.of("2", "6", "8", "11", "14", "27", "28"), "与上年度报告保持一致");
                Map.of("5", "8", "19", "0", "20", "100", "21", "100", "23", "100", "24", "100", "29", "17.6", "30",
                        "100", "31", "100", "32", "4").forEach((code, value) ->
                        sheets.enterValue(created.getId(), code, new BigDecimal(value)));
                Set.of("17", "18", "22").forEach(code -> sheets.enterState(created.getId(), code, true));
                return created.getId();
            });
        }
        return report;
    }

    private List<String> checklist(Locale locale) {
        long id = report();
        login("cc_staff");
        UI.getCurrent().setLocale(locale);
        UI.getCurrent().navigate(ReportEditorView.class, id);
        Div problems = _get(Div.class, spec -> spec.withId("submission-problems"));
        return _find(problems, ListItem.class).stream().map(ListItem::getText).toList();
    }

    private static void assertHumanText(List<String> lines) {
        assertThat(lines).isNotEmpty().allSatisfy(line -> assertThat(line)
                .doesNotContain("LocalizedText[").doesNotContain("Translatable[").doesNotContain("Key[")
                .doesNotContainPattern("@[0-9a-f]{4,}").doesNotContain("!")
                // statistic keys are snake_case ("water_total"); "employees" is checked where it could only be a key
                .doesNotContainPattern("[a-z]+_[a-z_]+").doesNotContain("evaluation.").doesNotContain("checks."));
    }

    @Test
    void in_chinese_the_checklist_names_rows_and_statistics_and_blocks_on_values_that_cannot_be_computed() {
        List<String> lines = checklist(Locale.SIMPLIFIED_CHINESE);

        assertHumanText(lines);
        assertThat(lines).allSatisfy(line -> assertThat(line).doesNotContain("employees"));
        assertThat(lines).contains("指标 2（人均工业增加值）缺少数据：3281 年园区工业从业人员。");
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("指标 10（综合能耗弹性系数）为必选指标，其值无法计算：")
                .contains("园区工业增加值建设期年均增长率为零"));
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("指标 13（新鲜水耗弹性系数）为必选指标"));
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("指标 6（工业固体废物综合利用率）的值无法计算：")
                .contains("分母为零").contains("取消选择并说明理由"));
        assertThat(lines).noneSatisfy(line -> assertThat(line).contains("可以提交"));
        assertThat(lines).allSatisfy(line -> assertThat(line).doesNotContainPattern("[A-Za-z]{4,}"));
    }

    @Test
    void in_english_the_checklist_names_rows_and_statistics_in_english() {
        List<String> lines = checklist(Locale.ENGLISH);

        assertHumanText(lines);
        assertThat(lines).contains("Indicator 2 (Industrial value added per employee) is missing data: "
                + "Industrial employees (3281).");
        assertThat(lines).anySatisfy(line -> assertThat(line)
                .startsWith("Indicator 10 (Elasticity coefficient of total energy consumption) is mandatory and its "
                        + "value cannot be computed: ")
                .contains("Industrial value added did not grow or shrink"));
        assertThat(lines).anySatisfy(line -> assertThat(line)
                .startsWith("The value of indicator 6 (Comprehensive utilisation rate of industrial solid waste) "
                        + "cannot be computed: ")
                .contains("denominator is zero").contains("deselect it and give a reason"));
        assertThat(lines).allSatisfy(line -> assertThat(line).doesNotContainPattern("\\p{IsHan}"));
    }

    @Test
    void the_evaluation_page_lists_the_same_reasons_in_the_users_language() {
        long id = report();
        login("cc_staff");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("evaluation/" + id);

        Div box = _get(Div.class, spec -> spec.withClasses("submission-check"));
        List<String> lines = _find(box, ListItem.class).stream().map(ListItem::getText).toList();

        assertHumanText(lines);
        assertThat(lines).contains("Indicator 2 (Industrial value added per employee) is missing data: "
                + "Industrial employees (3281).");
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("Indicator 25 ("));
    }
}
