package ecopark.park.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import ecopark.HierarchyFixtures;
import ecopark.UiTest;
import ecopark.base.ui.AccessDeniedView;
import ecopark.park.domain.JurisdictionLevel;
import ecopark.park.domain.JurisdictionRepository;
import ecopark.park.service.JurisdictionListItem;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class JurisdictionAdminViewTest extends UiTest {

    static final String NEW_BUREAU = "吉林省生态环境厅（测试）";

    @Autowired JurisdictionRepository jurisdictions;
    @Autowired HierarchyFixtures hierarchy;

    @AfterEach
    void removeCreatedBureaus() {
        jurisdictions.findAll().stream().filter(j -> j.getName().startsWith(NEW_BUREAU)).forEach(jurisdictions::delete);
    }

    @Test
    void every_bureau_is_listed_with_the_parks_it_covers() {
        login("admin");
        navigate("admin/jurisdictions");

        Grid<JurisdictionListItem> grid = bureauGrid();
        JurisdictionListItem changchun = GridKt._findAll(grid).stream()
                .filter(j -> j.name().equals("长春市生态环境局")).findFirst().orElseThrow();
        assertThat(GridKt._getFormattedRow(grid, changchun)).contains("吉林省", "1", "长春经济技术开发区");
    }

    @Test
    void a_new_bureau_is_created_with_name_and_province() {
        login("admin");
        navigate("admin/jurisdictions");

        _click(_get(Button.class, spec -> spec.withText("新建主管部门")));
        _setValue(_get(TextField.class, spec -> spec.withLabel("主管部门名称")), NEW_BUREAU);
        @SuppressWarnings("unchecked")
        ComboBox<String> province = _get(ComboBox.class, spec -> spec.withLabel("所在省（自治区、直辖市）"));
        _setValue(province, "吉林省");
        _click(_get(Button.class, spec -> spec.withText("保存")));

        assertThat(_find(Dialog.class)).isEmpty();
        assertThat(GridKt._findAll(bureauGrid())).extracting(JurisdictionListItem::name).contains(NEW_BUREAU);
        assertThat(GridKt._getFormattedRow(bureauGrid(), GridKt._findAll(bureauGrid()).stream()
                .filter(j -> j.name().equals(NEW_BUREAU)).findFirst().orElseThrow())).contains("暂无园区");
    }

    @Test
    void a_bureau_name_is_required_and_unique() {
        login("admin");
        navigate("admin/jurisdictions");
        _click(_get(Button.class, spec -> spec.withText("新建主管部门")));
        TextField name = _get(TextField.class, spec -> spec.withLabel("主管部门名称"));
        @SuppressWarnings("unchecked")
        ComboBox<String> province = _get(ComboBox.class, spec -> spec.withLabel("所在省（自治区、直辖市）"));
        _setValue(province, "天津市");

        _click(_get(Button.class, spec -> spec.withText("保存")));
        assertThat(name.getErrorMessage()).isEqualTo("请输入主管部门名称");

        _setValue(name, "天津市生态环境局");
        _click(_get(Button.class, spec -> spec.withText("保存")));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("已存在名为“天津市生态环境局”的主管部门");
        assertThat(_find(Dialog.class)).hasSize(1);
    }

    @Test
    void a_reviewer_opening_the_bureau_administration_gets_the_access_denied_page() {
        login("cc_reviewer1");

        navigate("admin/jurisdictions");

        _get(AccessDeniedView.class);
    }

    @SuppressWarnings("unchecked")
    private static Grid<JurisdictionListItem> bureauGrid() {
        return _get(Grid.class);
    }

    // ---- the tree: the national office, 吉林省生态环境厅 with 长春市生态环境局 under it (HierarchyFixtures) ----

    @Test
    void the_list_is_the_tree_with_level_and_parent() {
        hierarchy.tree();
        login("admin");
        navigate("admin/jurisdictions");

        List<JurisdictionListItem> rows = GridKt._findAll(bureauGrid());
        assertThat(rows.get(0).level()).isEqualTo(JurisdictionLevel.NATIONAL);
        int province = indexOf(rows, "吉林省生态环境厅");
        assertThat(rows.get(province + 1).name()).isEqualTo("长春市生态环境局");
        assertThat(GridKt._getFormattedRow(bureauGrid(), rows.get(province + 1)))
                .contains("市级", "吉林省生态环境厅", "长春经济技术开发区");
        assertThat(GridKt._getFormattedRow(bureauGrid(), rows.get(province))).contains("省级");
        // Indented by padding on the name's block, so a wrapped name keeps its indentation on every line.
        com.vaadin.flow.component.html.Div city = (com.vaadin.flow.component.html.Div) GridKt._getCellComponent(
                bureauGrid(), province + 1, "name");
        assertThat(city.getText()).isEqualTo("长春市生态环境局");
        assertThat(city.getStyle().get("padding-inline-start")).isEqualTo("2em");
        // Every city follows its province: no city row before the province it stands under.
        for (int i = 0; i < rows.size(); i++) {
            JurisdictionListItem row = rows.get(i);
            if (row.level() == JurisdictionLevel.CITY && row.parentId() != null) {
                assertThat(rows.subList(0, i)).extracting(JurisdictionListItem::id).contains(row.parentId());
            }
        }
    }

    @Test
    void a_new_city_bureau_stands_under_a_province_chosen_from_the_provinces() {
        hierarchy.tree();
        login("admin");
        navigate("admin/jurisdictions");
        _click(_get(Button.class, spec -> spec.withText("新建主管部门")));
        _setValue(_get(TextField.class, spec -> spec.withLabel("主管部门名称")), NEW_BUREAU + "吉林市");
        _setValue(province(), "吉林省");
        _setValue(level(), JurisdictionLevel.CITY);

        _click(_get(Button.class, spec -> spec.withText("保存")));
        assertThat(parent().isInvalid()).isTrue();
        assertThat(parent().getErrorMessage()).isEqualTo("市级主管部门须选择一个省级主管部门作为上级");
        List<String> offered = parent().getListDataView().getItems().map(parent().getItemLabelGenerator()).toList();
        assertThat(offered).contains("吉林省生态环境厅", "江苏省生态环境厅")
                .doesNotContain("长春市生态环境局", "生态环境部科技与财务司");

        _setValue(parent(), hierarchy.tree().province());
        _click(_get(Button.class, spec -> spec.withText("保存")));

        assertThat(_find(Dialog.class)).isEmpty();
        List<JurisdictionListItem> rows = GridKt._findAll(bureauGrid());
        int created = indexOf(rows, NEW_BUREAU + "吉林市");
        assertThat(rows.get(created).parentName()).isEqualTo("吉林省生态环境厅");
        assertThat(indexOf(rows, "吉林省生态环境厅")).isLessThan(created);
    }

    @Test
    void there_is_one_national_office_and_a_bureau_with_parks_does_not_become_it() {
        hierarchy.tree();
        login("admin");
        navigate("admin/jurisdictions");
        _click(_get(Button.class, spec -> spec.withText("新建主管部门")));
        _setValue(_get(TextField.class, spec -> spec.withLabel("主管部门名称")), NEW_BUREAU + "国家");
        _setValue(province(), "北京市");
        _setValue(level(), JurisdictionLevel.NATIONAL);
        assertThat(parent().isEnabled()).isFalse();
        _click(_get(Button.class, spec -> spec.withText("保存")));
        assertThat(level().getErrorMessage()).isEqualTo("已有国家级主管部门，只能设一个");
        _click(_get(Button.class, spec -> spec.withText("取消")));

        editBureau("长春市生态环境局");
        _setValue(level(), JurisdictionLevel.NATIONAL);
        _click(_get(Button.class, spec -> spec.withText("保存")));
        assertThat(level().isInvalid()).isTrue();
        assertThat(level().getErrorMessage()).startsWith("有所辖园区的主管部门不能设为国家级");
        assertThat(jurisdictions.findById(hierarchy.tree().city()).orElseThrow().getLevel())
                .isEqualTo(JurisdictionLevel.CITY);
    }

    @Test
    void a_province_with_cities_keeps_its_level() {
        hierarchy.tree();
        login("admin");
        navigate("admin/jurisdictions");
        editBureau("吉林省生态环境厅");
        assertThat(level().getValue()).isEqualTo(JurisdictionLevel.PROVINCIAL);
        assertThat(parent().getValue()).isEqualTo(hierarchy.tree().nation());

        _setValue(level(), JurisdictionLevel.CITY);
        _click(_get(Button.class, spec -> spec.withText("保存")));

        assertThat(level().getErrorMessage()).startsWith("该主管部门下设其他主管部门，不能更改级别");
        assertThat(_find(Dialog.class)).hasSize(1);
    }

    private void editBureau(String name) {
        JurisdictionListItem row = GridKt._findAll(bureauGrid()).stream().filter(j -> j.name().equals(name))
                .findFirst().orElseThrow();
        _click((Button) GridKt._getCellComponent(bureauGrid(), GridKt._findAll(bureauGrid()).indexOf(row), "edit"));
    }

    private static int indexOf(List<JurisdictionListItem> rows, String name) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new AssertionError(name + " is not listed");
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<String> province() {
        return _get(ComboBox.class, spec -> spec.withLabel("所在省（自治区、直辖市）"));
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<JurisdictionLevel> level() {
        return _get(ComboBox.class, spec -> spec.withLabel("级别"));
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<Long> parent() {
        return _get(ComboBox.class, spec -> spec.withLabel("上级主管部门"));
    }
}

