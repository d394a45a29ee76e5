package ecopark.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import ecopark.UiTest;
import ecopark.base.ui.AccessDeniedView;
import ecopark.security.AppRole;
import ecopark.security.OrganisationDirectory.OrgUnit;
import ecopark.security.TestAccounts;
import ecopark.security.domain.AppUser;
import ecopark.security.domain.AppUserRepository;
import ecopark.security.service.UserAdminService;
import ecopark.security.service.UserListItem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

class UserAdminViewTest extends UiTest {

    @Autowired UserAdminService userAdmin;
    @Autowired AppUserRepository users;
    @Autowired PasswordEncoder passwordEncoder;

    @Test
    void the_administrator_sees_each_account_with_role_and_park_or_bureau() {
        login("admin");
        navigate("admin/users");
        filter("cc_");

        Grid<UserListItem> grid = userGrid();
        assertThat(GridKt._findAll(grid)).extracting(UserListItem::username)
                .containsExactly("cc_manager", "cc_reviewer1", "cc_reviewer2", "cc_staff");
        assertThat(GridKt._getFormattedRow(grid, row("cc_staff"))).contains("王丽", "园区工作人员", "长春经济技术开发区");
        assertThat(GridKt._getFormattedRow(grid, row("cc_manager"))).contains("陈刚", "管理人员", "长春市生态环境局");
    }

    @Test
    void a_new_staff_account_needs_a_park_and_a_strong_password_and_then_appears_in_the_list() {
        String username = "jl_staff_" + System.nanoTime() % 100_000;
        login("admin");
        navigate("admin/users");
        _click(_get(Button.class, spec -> spec.withText("新建用户")));

        _setValue(field("用户名"), username);
        _setValue(field("姓名"), "张华");
        _setValue(field("电子邮箱"), "zhanghua@ccetdz.gov.cn");
        selectRole(AppRole.STAFF);
        _setValue(password(), "ecopark2026");
        save();

        assertThat(parkBox().getErrorMessage()).isEqualTo("园区工作人员必须归属一个园区");
        assertThat(password().getErrorMessage())
                .isEqualTo("密码须同时包含字母、数字和至少一个其他字符（如 #、@、-）");
        assertThat(_find(Dialog.class)).hasSize(1);

        _setValue(parkBox(), parkBox().getListDataView().getItems()
                .filter(p -> p.name().equals("长春经济技术开发区")).findFirst().orElseThrow());
        _setValue(password(), "Ecopark-2026");
        save();

        NotificationsKt.expectNotifications("用户“" + username + "”已创建。");
        filter(username);
        assertThat(GridKt._getFormattedRow(userGrid(), row(username))).contains("张华", "长春经济技术开发区");
        AppUser stored = users.findByUsername(username).orElseThrow();
        assertThat(stored.isMustChangePassword()).as("an initial password works once").isTrue();
        assertThat(stored.getEmail()).isEqualTo("zhanghua@ccetdz.gov.cn");
    }

    @Test
    void a_username_that_exists_is_refused_next_to_the_field() {
        login("admin");
        navigate("admin/users");
        _click(_get(Button.class, spec -> spec.withText("新建用户")));

        _setValue(field("用户名"), "cc_staff");
        _setValue(field("姓名"), "重名");
        selectRole(AppRole.ADMIN);
        _setValue(password(), "Ecopark-2026");
        save();

        assertThat(field("用户名").isInvalid()).isTrue();
        assertThat(field("用户名").getErrorMessage()).isEqualTo("用户名“cc_staff”已被使用");
        assertThat(field("姓名").getValue()).isEqualTo("重名");
    }

    @Test
    void a_staff_member_becomes_a_reviewer_of_a_bureau() {
        AppUser account = TestAccounts.create(userAdmin, "move", AppRole.STAFF, false);
        login("admin");
        navigate("admin/users");
        edit(account.getUsername());

        selectRole(AppRole.REVIEWER);
        @SuppressWarnings("unchecked")
        ComboBox<OrgUnit> bureau = _get(ComboBox.class, spec -> spec.withLabel("所属主管部门"));
        _setValue(bureau, bureau.getListDataView().getItems()
                .filter(j -> j.name().equals("天津市生态环境局")).findFirst().orElseThrow());
        save();

        AppUser stored = users.findById(account.getId()).orElseThrow();
        assertThat(stored.getRole()).isEqualTo(AppRole.REVIEWER);
        assertThat(stored.getParkId()).isNull();
        assertThat(GridKt._getFormattedRow(userGrid(), row(account.getUsername())))
                .contains("审核人员", "天津市生态环境局");
    }

    @Test
    void disabling_an_account_asks_first_and_then_shows_it_disabled() {
        AppUser account = TestAccounts.create(userAdmin, "off", AppRole.MANAGER, false);
        login("admin");
        navigate("admin/users");
        edit(account.getUsername());

        _click(_get(Button.class, spec -> spec.withText("停用账户")));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getText(confirm)).contains("将立即退出登录");
        ConfirmDialogKt._fireConfirm(confirm);

        assertThat(users.findById(account.getId()).orElseThrow().isEnabled()).isFalse();
        _get(Button.class, spec -> spec.withText("启用账户"));
        assertThat(state(account.getUsername())).isEqualTo("已停用");
    }

    @Test
    void resetting_a_password_shows_a_temporary_one_that_must_be_changed_at_the_next_login() {
        AppUser account = TestAccounts.create(userAdmin, "reset", AppRole.STAFF, false);
        login("admin");
        navigate("admin/users");
        edit(account.getUsername());

        _click(_get(Button.class, spec -> spec.withText("重置密码").withClasses("")));
        Dialog resetDialog = _get(PasswordResetDialog.class);
        _click(_get(resetDialog, Button.class, spec -> spec.withText("重置密码")));

        String temporary = _get(Span.class, spec -> spec.withClasses("temporary-password")).getText();
        AppUser stored = users.findById(account.getId()).orElseThrow();
        assertThat(passwordEncoder.matches(temporary, stored.getPasswordHash())).isTrue();
        assertThat(stored.isMustChangePassword()).isTrue();
    }

    @Test
    void an_administrator_may_set_the_temporary_password_but_only_a_strong_one() {
        AppUser account = TestAccounts.create(userAdmin, "phone", AppRole.STAFF, false);
        login("admin");
        navigate("admin/users");
        edit(account.getUsername());
        _click(_get(Button.class, spec -> spec.withText("重置密码").withClasses("")));
        Dialog resetDialog = _get(PasswordResetDialog.class);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Boolean> mode = _get(resetDialog, RadioButtonGroup.class);
        _setValue(mode, false);
        PasswordField temporary = _get(resetDialog, PasswordField.class);

        _setValue(temporary, "123456");
        _click(_get(resetDialog, Button.class, spec -> spec.withText("重置密码")));
        assertThat(temporary.getErrorMessage()).isEqualTo("密码至少需要 10 个字符");

        _setValue(temporary, "Tel-2026-0431");
        _click(_get(resetDialog, Button.class, spec -> spec.withText("重置密码")));
        assertThat(_get(Span.class, spec -> spec.withClasses("temporary-password")).getText())
                .isEqualTo("Tel-2026-0431");
    }

    @Test
    void the_administrator_is_not_offered_to_disable_their_own_account() {
        login("admin");
        navigate("admin/users");

        edit("admin");

        assertThat(_find(Button.class, spec -> spec.withText("停用账户"))).isEmpty();
    }

    @Test
    void a_manager_opening_the_user_administration_gets_the_access_denied_page() {
        login("cc_manager");

        navigate("admin/users");

        _get(AccessDeniedView.class);
    }

    private void edit(String username) {
        filter(username);
        int index = GridKt._findAll(userGrid()).indexOf(row(username));
        _click((Button) GridKt._getCellComponent(userGrid(), index, "edit"));
    }

    /** The state badge of the account's row. */
    private static String state(String username) {
        int index = GridKt._findAll(userGrid()).indexOf(row(username));
        return ((Span) GridKt._getCellComponent(userGrid(), index, "state")).getText();
    }

    private static void filter(String text) {
        _setValue(_get(TextField.class, spec -> spec.withPlaceholder("按用户名或姓名筛选")), text);
    }

    private static UserListItem row(String username) {
        return GridKt._findAll(userGrid()).stream().filter(u -> u.username().equals(username)).findFirst()
                .orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static void selectRole(AppRole role) {
        _setValue((Select<AppRole>) _get(Select.class, spec -> spec.withLabel("角色")), role);
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<OrgUnit> parkBox() {
        return _get(ComboBox.class, spec -> spec.withLabel("所属园区"));
    }

    private static TextField field(String label) {
        return _get(TextField.class, spec -> spec.withLabel(label));
    }

    private static PasswordField password() {
        return _get(PasswordField.class, spec -> spec.withLabel("初始密码"));
    }

    private static void save() {
        _click(_get(Button.class, spec -> spec.withText("保存")));
    }

    @SuppressWarnings("unchecked")
    private static Grid<UserListItem> userGrid() {
        return _get(Grid.class);
    }
}
