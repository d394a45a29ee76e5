package ecopark.evaluation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;
import ecopark.UiTest;
import ecopark.base.ui.AccessDeniedView;
import ecopark.evaluation.service.SheetListItem;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvaluationViewTest extends UiTest {

    @SuppressWarnings("unchecked")
    private Grid<SheetListItem> sheetGrid() {
        return _get(Grid.class);
    }

    /** The demo's 2019 sheet; other tests of the shared context add sheets of other years. */
    private static int rowOf2019(Grid<SheetListItem> grid) {
        for (int i = 0; i < GridKt._size(grid); i++) {
            if (GridKt._get(grid, i).year() == 2019) {
                return i;
            }
        }
        throw new AssertionError("no 2019 sheet in the grid");
    }

    private static List<String> spanTexts() {
        return _find(Span.class).stream().map(Span::getText).toList();
    }

    @Test
    void staff_find_their_reports_evaluation_in_the_menu_with_its_counts() {
        login("cc_staff");
        navigate("evaluation");

        assertThat(_find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList()).contains("指标评价")
                .doesNotContain("指标目录");
        Grid<SheetListItem> grid = sheetGrid();
        int row = rowOf2019(grid);
        for (int i = 0; i < GridKt._size(grid); i++) {
            assertThat(GridKt._getFormatted(grid, i, "park")).isEqualTo("长春经济技术开发区");
        }
        assertThat(GridKt._getFormatted(grid, row, "summary"))
                .isEqualTo("考核 24 · 达标 24 · 未达标 0 · 无法计算 0 · 缺少数据 0");
    }

    @Test
    void the_read_only_page_shows_the_summary_and_each_rows_formula_inputs_and_result() {
        login("cc_reviewer1");
        navigate("evaluation");
        long reportId = GridKt._get(sheetGrid(), rowOf2019(sheetGrid())).reportId();

        navigate("evaluation/" + reportId);

        assertThat(_get(H2.class).getText()).isEqualTo("长春经济技术开发区 2019 年度指标评价");
        assertThat(spanTexts()).contains("考核指标 24 项", "达标 24 项", "未达标 0 项", "缺少数据 0 项",
                "指标部分完整，可以提交。");
        Div energy = _find(Div.class).stream().filter(d -> "10".equals(d.getElement().getAttribute("data-indicator")))
                .findFirst().orElseThrow();
        List<String> lines = _find(energy, Span.class).stream().map(Span::getText).toList();
        assertThat(lines).contains("综合能耗弹性系数", "达标", "指标值：0.207",
                "要求：≤0.6（园区工业增加值建设期年均增长率大于 0，弹性系数须不高于该值）",
                "计算公式：综合能耗年均增长率 ÷ 园区工业增加值年均增长率（建设期年均增长率：基准年至报告年）",
                "数据：2016 年 园区工业增加值 = 2150000 万元", "数据：2019 年 综合能耗 = 1008000 吨标煤",
                "园区工业增加值：2016–2019 年年均增长率 3.7347%");
        assertThat(spanTexts()).contains("未选择考核的可选指标：1、3、4、7、9、12、15、16");
    }

    private static Div card(String code) {
        return _find(Div.class).stream().filter(d -> code.equals(d.getElement().getAttribute("data-indicator")))
                .findFirst().orElseThrow();
    }

    @Test
    void a_rounded_value_is_followed_by_its_exact_value_and_an_exact_one_is_not() {
        login("cc_reviewer1");
        navigate("evaluation");
        long reportId = GridKt._get(sheetGrid(), rowOf2019(sheetGrid())).reportId();

        navigate("evaluation/" + reportId);

        // Indicator 10, an elasticity, is a ratio of growth rates: 0.207 is its rounded figure, the exact one follows.
        Div elasticity = card("10");
        assertThat(_get(elasticity, Span.class, spec -> spec.withClasses("line-value")).getText())
                .isEqualTo("指标值：0.207");
        assertThat(_get(elasticity, Span.class, spec -> spec.withClasses("line-exact-value")).getText())
                .isEqualTo("计算值（全数值）：0.2068039947401527196652394079215572；显示为 0.207");
        // Indicator 11 is 1008000 t ce ÷ 2400000 万元 = 0.42 exactly: nothing to add to 0.420.
        Div energyIntensity = card("11");
        assertThat(_get(energyIntensity, Span.class, spec -> spec.withClasses("line-value")).getText())
                .startsWith("指标值：0.42");
        assertThat(_find(energyIntensity, Span.class, spec -> spec.withClasses("line-exact-value"))).isEmpty();
    }

    @Test
    void staff_of_another_park_are_refused_the_page() {
        login("cc_staff");
        navigate("evaluation");
        long reportId = GridKt._get(sheetGrid(), 0).reportId();
        logout();
        login("tj_staff");

        navigate("evaluation/" + reportId);

        _get(AccessDeniedView.class);
    }

    @Test
    void an_administrator_views_the_catalogue_with_its_32_indicators() {
        login("admin");
        navigate("catalogue");

        @SuppressWarnings("unchecked")
        Grid<Object> indicators = _find(Grid.class).get(0);
        assertThat(GridKt._size(indicators)).isEqualTo(32);
        assertThat(spanTexts()).contains("共 32 项指标：必选 17 项，可选 15 项");
    }

    @Test
    void staff_cannot_open_the_catalogue() {
        login("cc_staff");
        navigate("catalogue");

        _get(AccessDeniedView.class);
    }
}
