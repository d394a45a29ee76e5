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
import ecopark.UiTest;
import ecopark.base.ui.AccessDeniedView;
import ecopark.park.domain.JurisdictionRepository;
import ecopark.park.service.JurisdictionListItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class JurisdictionAdminViewTest extends UiTest {

    static final String NEW_BUREAU = "吉林省生态环境厅（测试）";

    @Autowired JurisdictionRepository jurisdictions;

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
}
