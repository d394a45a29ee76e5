package ecopark.park.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import ecopark.UiTest;
import ecopark.base.ui.AccessDeniedView;
import ecopark.park.domain.Park;
import ecopark.park.domain.ParkLevel;
import ecopark.park.domain.ParkRepository;
import ecopark.park.domain.ParkStatus;
import ecopark.park.domain.ParkType;
import ecopark.park.domain.WaterRegion;
import ecopark.park.service.ParkAdminService;
import ecopark.park.service.ParkListItem;
import ecopark.security.SystemActor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;

class ParkAdminViewTest extends UiTest {

    static final String NEW_PARK = "吉林经济技术开发区";

    @Autowired ParkRepository parks;
    @Autowired ParkAdminService parkAdmin;

    @AfterEach
    void removeCreatedParks() {
        parks.findAll().stream().filter(p -> p.getName().startsWith(NEW_PARK)).forEach(parks::delete);
    }

    @Test
    void the_administrator_sees_every_park_with_its_bureau() {
        login("admin");
        navigate("admin/parks");

        Grid<ParkListItem> grid = parkGrid();
        // The demo's three parks, in this order, and any a test of this context added
        assertThat(GridKt._size(grid)).isEqualTo((int) parks.count());
        List<String> demo = List.of("天津经济技术开发区", "苏州高新技术产业开发区", "长春经济技术开发区");
        assertThat(GridKt._findAll(grid)).extracting(ParkListItem::name).filteredOn(demo::contains)
                .containsExactlyElementsOf(demo);
        ParkListItem changchun = GridKt._findAll(grid).stream().filter(p -> p.name().equals("长春经济技术开发区"))
                .findFirst().orElseThrow();
        assertThat(GridKt._getFormattedRow(grid, changchun)).contains("长春市生态环境局", "吉林省 长春市");
    }

    @Test
    void the_filter_finds_parks_by_name_or_city() {
        login("admin");
        navigate("admin/parks");

        _setValue(_get(TextField.class, spec -> spec.withPlaceholder("按园区名称或城市筛选")), "苏州");

        assertThat(GridKt._findAll(parkGrid())).extracting(ParkListItem::name).containsExactly("苏州高新技术产业开发区");
    }

    @Test
    void a_park_with_a_bad_email_phone_and_postcode_shows_each_error_next_to_its_field_and_keeps_the_input() {
        login("admin");
        navigate("admin/parks");
        _click(_get(Button.class, spec -> spec.withText("新建园区")));
        fillValidPark();

        _setValue(field("电子邮箱"), "652007137-qq.com");
        _setValue(field("联系电话"), "84630074");
        _setValue(field("邮政编码"), "13003");
        save();

        assertError(field("电子邮箱"), "电子邮箱格式不正确，例如 name@example.gov.cn");
        assertError(field("联系电话"),
                "电话号码格式不正确：固定电话请带区号，例如 0431-84630074；手机号码为 1 开头的 11 位数字");
        assertError(field("邮政编码"), "邮政编码须为 6 位数字");
        assertThat(field("电子邮箱").getValue()).isEqualTo("652007137-qq.com");
        assertThat(field("联系电话").getValue()).isEqualTo("84630074");
        assertThat(_find(Dialog.class)).hasSize(1);
        assertThat(parks.findAll()).noneMatch(p -> p.getName().equals(NEW_PARK));
    }

    @Test
    void a_mobile_number_and_a_landline_with_extension_are_accepted() {
        login("admin");
        navigate("admin/parks");
        _click(_get(Button.class, spec -> spec.withText("新建园区")));
        fillValidPark();

        _setValue(field("联系电话"), "13912345678");
        assertThat(field("联系电话").isInvalid()).isFalse();
        _setValue(field("联系电话"), "022-25201234-801");
        assertThat(field("联系电话").isInvalid()).isFalse();
    }

    @Test
    void a_base_year_before_1990_or_in_the_future_is_refused() {
        login("admin");
        navigate("admin/parks");
        _click(_get(Button.class, spec -> spec.withText("新建园区")));
        fillValidPark();
        IntegerField baseYear = _get(IntegerField.class, spec -> spec.withLabel("规划基准年"));
        int thisYear = parkAdmin.latestBaseYear();

        _setValue(baseYear, 1989);
        assertError(baseYear, "规划基准年须在 1990 年至 " + thisYear + " 年之间");
        _setValue(baseYear, thisYear + 1);
        assertThat(baseYear.isInvalid()).isTrue();
        _setValue(baseYear, thisYear);
        assertThat(baseYear.isInvalid()).isFalse();
    }

    @Test
    void the_type_other_needs_a_description() {
        login("admin");
        navigate("admin/parks");
        _click(_get(Button.class, spec -> spec.withText("新建园区")));
        fillValidPark();

        select("园区类型", ParkType.OTHER);
        assertThat(field("其他类型说明").isVisible()).isTrue();
        save();

        assertError(field("其他类型说明"), "园区类型为“其他”时，请说明具体类型");
        _setValue(field("其他类型说明"), "循环经济产业园");
        save();
        assertThat(parks.findAll()).filteredOn(p -> p.getName().equals(NEW_PARK))
                .singleElement().extracting(Park::getTypeNote).isEqualTo("循环经济产业园");
    }

    @Test
    void a_valid_park_is_saved_and_appears_in_the_list() {
        login("admin");
        navigate("admin/parks");
        _click(_get(Button.class, spec -> spec.withText("新建园区")));
        fillValidPark();

        save();

        assertThat(_find(Dialog.class)).isEmpty();
        NotificationsKt.expectNotifications("园区“" + NEW_PARK + "”已保存。");
        assertThat(GridKt._findAll(parkGrid())).extracting(ParkListItem::name).contains(NEW_PARK);
        Park stored = parks.findAll().stream().filter(p -> p.getName().equals(NEW_PARK)).findFirst().orElseThrow();
        assertThat(stored.getPostcode()).isEqualTo("130000");
        assertThat(stored.getPhone()).isEqualTo("0431-81234567");
        assertThat(stored.getWaterRegion()).isEqualTo(WaterRegion.WATER_SCARCE_CITY);
        assertThat(stored.getConstructionBaseYear()).isEqualTo(2018);
    }

    @Test
    void a_name_that_exists_is_refused_by_the_service_next_to_the_name_field() {
        login("admin");
        navigate("admin/parks");
        _click(_get(Button.class, spec -> spec.withText("新建园区")));
        fillValidPark();
        _setValue(field("园区名称"), "长春经济技术开发区");

        save();

        assertError(field("园区名称"), "已存在名为“长春经济技术开发区”的园区");
        assertThat(field("园区名称").getValue()).isEqualTo("长春经济技术开发区");
    }

    @Test
    void editing_a_park_that_someone_else_saved_meanwhile_is_refused_and_the_input_stays() {
        Park park = SystemActor.call(() -> {
            Park p = newPark(NEW_PARK + "（并发）");
            return parkAdmin.save(p);
        });
        login("admin");
        navigate("admin/parks");
        _setValue(_get(TextField.class, spec -> spec.withPlaceholder("按园区名称或城市筛选")), "并发");
        _click((Button) GridKt._getCellComponent(parkGrid(), 0, editColumnKey()));
        _setValue(field("详细地址"), "我的修改");

        SystemActor.run(() -> {
            Park other = parkAdmin.getPark(park.getId());
            other.setCity("长春市");
            parkAdmin.save(other);
        });
        save();

        NotificationsKt.expectNotifications(
                "该记录已被他人修改。您的输入仍保留在表单中；请关闭表单并重新打开，以查看最新内容后再修改。");
        assertThat(_find(Dialog.class)).hasSize(1);
        assertThat(field("详细地址").getValue()).isEqualTo("我的修改");
        assertThat(parks.findById(park.getId()).orElseThrow().getStreetAddress()).isNotEqualTo("我的修改");
    }

    @Test
    void moving_a_park_to_another_bureau_happens_in_the_park_form() {
        Park park = SystemActor.call(() -> parkAdmin.save(newPark(NEW_PARK + "（迁移）")));
        login("admin");
        navigate("admin/parks");
        _setValue(_get(TextField.class, spec -> spec.withPlaceholder("按园区名称或城市筛选")), "迁移");
        _click((Button) GridKt._getCellComponent(parkGrid(), 0, editColumnKey()));

        @SuppressWarnings("unchecked")
        Select<Long> bureau = _get(Select.class, spec -> spec.withLabel("主管部门"));
        Long tianjin = parkAdmin.allJurisdictions().stream().filter(j -> j.getName().equals("天津市生态环境局"))
                .findFirst().orElseThrow().getId();
        _setValue(bureau, tianjin);
        save();

        assertThat(parks.findById(park.getId()).orElseThrow().getJurisdictionId()).isEqualTo(tianjin);
    }

    @Test
    void staff_opening_the_park_administration_get_the_access_denied_page() {
        login("cc_staff");

        navigate("admin/parks");

        _get(AccessDeniedView.class);
        assertThat(_find(ParkAdminView.class)).isEmpty();
    }

    @Test
    void only_the_administrator_finds_the_administration_in_the_navigation() {
        login("cc_manager");
        navigate("");
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).doesNotContain("园区管理");

        logout();
        login("admin");
        navigate("");
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).contains("园区管理", "主管部门管理");
    }

    private Park newPark(String name) {
        Long bureau = parkAdmin.allJurisdictions().get(0).getId();
        Park park = new Park(name, bureau);
        park.setProvince("吉林省");
        park.setCity("吉林市");
        park.setStreetAddress("高新区深圳街 1 号");
        park.setConstructionBaseYear(2018);
        park.setWaterRegion(WaterRegion.OTHER);
        return park;
    }

    /** Fills every required field validly, as an administrator would for the Jilin ETDZ. */
    @SuppressWarnings("unchecked")
    private void fillValidPark() {
        _setValue(field("园区名称"), NEW_PARK);
        Select<Long> bureau = _get(Select.class, spec -> spec.withLabel("主管部门"));
        _setValue(bureau, bureau.getListDataView().getItems().findFirst().orElseThrow());
        ComboBox<String> province = _get(ComboBox.class, spec -> spec.withLabel("省（自治区、直辖市）"));
        _setValue(province, "吉林省");
        _setValue(field("市"), "长春市");
        _setValue(field("详细地址"), "经开区浦东路 1 号");
        _setValue(field("邮政编码"), "130000");
        _setValue((RadioButtonGroup<ParkLevel>) _get(RadioButtonGroup.class, spec -> spec.withLabel("园区级别")),
                ParkLevel.PROVINCIAL);
        select("园区类型", ParkType.ECONOMIC_DEVELOPMENT_ZONE);
        _setValue(field("联系电话"), "0431-81234567");
        _setValue(field("电子邮箱"), "jjkfq@jl.gov.cn");
        _setValue((RadioButtonGroup<ParkStatus>) _get(RadioButtonGroup.class, spec -> spec.withLabel("创建状态")),
                ParkStatus.IN_CREATION);
        _setValue(_get(IntegerField.class, spec -> spec.withLabel("规划基准年")), 2018);
        select("所在区域类别", WaterRegion.WATER_SCARCE_CITY);
    }

    @SuppressWarnings("unchecked")
    private static <T> void select(String label, T value) {
        _setValue((Select<T>) _get(Select.class, spec -> spec.withLabel(label)), value);
    }

    private static TextField field(String label) {
        return _get(TextField.class, spec -> spec.withLabel(label));
    }

    private static void save() {
        _click(_get(Button.class, spec -> spec.withText("保存")));
    }

    private static void assertError(HasValidation field, String message) {
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).isEqualTo(message);
    }

    @SuppressWarnings("unchecked")
    private static Grid<ParkListItem> parkGrid() {
        return _get(Grid.class);
    }

    private static String editColumnKey() {
        return "edit";
    }
}
