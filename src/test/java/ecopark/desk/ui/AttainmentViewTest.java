package ecopark.desk.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import ecopark.UiTest;
import ecopark.base.ui.AccessDeniedView;
import ecopark.desk.AttainmentFixtures;
import ecopark.desk.service.ProvinceAttainment;
import ecopark.desk.service.ProvinceAttainmentRow;
import ecopark.security.SystemActor;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 达标情况 as the national office opens it (Karibu, the forms of {@link AttainmentFixtures}): the grid holds the
 * chart's figures as text, the chart gets its option with the provinces, a year without forms shows the empty state,
 * English labels in English, and a city bureau's manager is refused.
 */
class AttainmentViewTest extends UiTest {

    @Autowired AttainmentFixtures fixtures;
    @Autowired ProvinceAttainment attainment;

    private AttainmentPanel open(String user) {
        fixtures.forms();
        login(user);
        navigate("desk/attainment");
        return _get(AttainmentPanel.class);
    }

    @Test
    void the_grid_shows_the_figures_and_the_chart_gets_the_provinces_rates() {
        AttainmentPanel panel = open("nat_manager");
        assertThat(panel.year.getValue()).as("the newest year with a published form")
                .isEqualTo(SystemActor.callAs(login("nat_manager"), () -> attainment.years()).get(0));

        panel.setYear(AttainmentFixtures.YEAR);

        ProvinceAttainmentRow jilin = panel.rows().stream().filter(r -> r.provinceName().equals("吉林省生态环境厅"))
                .findFirst().orElseThrow();
        int index = panel.rows().indexOf(jilin);
        var grid = panel.grid;
        assertThat(GridKt._size(grid)).isEqualTo(panel.rows().size());
        assertThat(GridKt._getFormatted(grid, index, "province")).isEqualTo("吉林省生态环境厅");
        assertThat(GridKt._getFormatted(grid, index, "parks")).isEqualTo("2 / " + jilin.parksTotal());
        assertThat(GridKt._getFormatted(grid, index, "figures")).isEqualTo(jilin.met() + " / " + jilin.assessed());
        assertThat(GridKt._getFormatted(grid, index, "rate")).isEqualTo(jilin.rate().toPlainString() + "%");
        Component missed = GridKt._getCellComponent(grid, index, "missed");
        assertThat(text(missed)).contains(jilin.mostMissed().get(0).nameZh() + "（2 个园区未达标）")
                .contains(jilin.categories().get(0).categoryZh() + " " + jilin.categories().get(0).rate() + "%");

        String option = panel.chart.getOptionJson();
        assertThat(option).contains("\"yAxis\":{\"type\":\"category\",\"data\":[", "\"吉林省\"", "\"天津市\"",
                "\"max\":100", "\"inverse\":true", "\"name\":\"达标率\"", jilin.rate().toPlainString());
        assertThat(panel.chart.getElement().getAttribute("aria-label")).contains("吉林省 " + jilin.rate() + "%");
        assertThat(panel.empty.isVisible()).isFalse();

        // A phone: the parks and met/assessed columns make way, the last column says them
        panel.fit(390);
        assertThat(panel.grid.getColumnByKey("parks").isVisible()).isFalse();
        assertThat(panel.grid.getColumnByKey("figures").isVisible()).isFalse();
        assertThat(text(GridKt._getCellComponent(grid, index, "missed")))
                .startsWith("公开 2 / " + jilin.parksTotal() + " 个园区 · 达标 " + jilin.met() + " / " + jilin.assessed());
        panel.fit(1400);
        assertThat(panel.grid.getColumnByKey("figures").isVisible()).isTrue();

        panel.mode.setValue(AttainmentPanel.ChartMode.CATEGORIES);
        assertThat(panel.chart.getOptionJson()).contains("\"name\":\"经济发展\"", "\"legend\"");
        assertThat(panel.chart.getHeight()).isEqualTo(
                AttainmentChart.height(panel.rows(), true) + "px");
    }

    @Test
    void a_year_without_published_forms_shows_the_empty_state() {
        AttainmentPanel panel = open("nat_manager");

        panel.setYear(AttainmentFixtures.EMPTY_YEAR);

        assertThat(panel.empty.isVisible()).isTrue();
        assertThat(panel.empty.getText()).isEqualTo(AttainmentFixtures.EMPTY_YEAR + " 年度尚无公开的报告。");
        assertThat(panel.results.isVisible()).isFalse();
        assertThat(panel.mode.isEnabled()).isFalse();
    }

    @Test
    void english_labels_and_names_in_english() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        AttainmentPanel panel = open("nat_manager");
        panel.setYear(AttainmentFixtures.YEAR);
        panel.mode.setValue(AttainmentPanel.ChartMode.CATEGORIES);

        assertThat(panel.chart.getOptionJson()).contains("\"name\":\"Economic development\"")
                .doesNotContain("经济发展");
        int index = panel.rows().indexOf(panel.rows().stream()
                .filter(r -> r.provinceName().equals("吉林省生态环境厅")).findFirst().orElseThrow());
        assertThat(text(GridKt._getCellComponent(panel.grid, index, "missed"))).contains("(missed by 2 parks)");
    }

    @Test
    void a_province_sees_its_own_row_and_a_city_bureau_is_refused() {
        AttainmentPanel panel = open("jl_manager");
        panel.setYear(AttainmentFixtures.YEAR);
        assertThat(panel.rows()).extracting(ProvinceAttainmentRow::provinceName).containsExactly("吉林省生态环境厅");

        fixtures.forms();
        login("cc_manager");
        navigate("desk/attainment");
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0))
                .isInstanceOf(AccessDeniedView.class);
        // Embedded for such a user (the national desk's tab), the panel says so instead of failing
        AttainmentPanel embedded = new AttainmentPanel(attainment);
        assertThat(embedded.empty.getText()).startsWith("达标情况仅供");
        assertThat(embedded.grid.isAttached()).isFalse();
    }

    private static String text(Component component) {
        return component.getElement().getTextRecursively();
    }
}
