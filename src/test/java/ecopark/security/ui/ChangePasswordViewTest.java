package ecopark.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;
import ecopark.UiTest;
import ecopark.park.ui.ParkOverviewView;
import ecopark.security.AppRole;
import ecopark.security.TestAccounts;
import ecopark.security.domain.AppUser;
import ecopark.security.domain.AppUserRepository;
import ecopark.security.service.UserAdminService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

class ChangePasswordViewTest extends UiTest {

    static final String NEW_PASSWORD = "Wetland-2027";

    @Autowired UserAdminService userAdmin;
    @Autowired AppUserRepository users;
    @Autowired PasswordEncoder passwordEncoder;

    @Test
    void a_user_with_a_password_set_by_the_administrator_is_kept_on_the_password_page() {
        AppUser account = TestAccounts.create(userAdmin, "first", AppRole.STAFF, true);
        login(account.getUsername());

        navigate("");
        _get(ChangePasswordView.class);
        navigate("account/password");
        _get(ChangePasswordView.class);
    }

    @Test
    void after_choosing_a_valid_password_the_user_reaches_the_start_page_and_may_move_freely() {
        AppUser account = TestAccounts.create(userAdmin, "first", AppRole.STAFF, true);
        login(account.getUsername());
        navigate("");

        fill(TestAccounts.PASSWORD, NEW_PASSWORD, NEW_PASSWORD);
        _click(_get(Button.class, spec -> spec.withText("保存新密码")));

        NotificationsKt.expectNotifications("密码已修改。");
        _get(ParkOverviewView.class);
        navigate("");
        _get(ParkOverviewView.class);
        AppUser stored = users.findById(account.getId()).orElseThrow();
        assertThat(stored.isMustChangePassword()).isFalse();
        assertThat(passwordEncoder.matches(NEW_PASSWORD, stored.getPasswordHash())).isTrue();
    }

    @Test
    void a_weak_new_password_is_refused_next_to_the_field_and_the_input_stays() {
        AppUser account = TestAccounts.create(userAdmin, "weak", AppRole.STAFF, true);
        login(account.getUsername());
        navigate("account/password");

        fill(TestAccounts.PASSWORD, "short1#", "short1#");
        _click(_get(Button.class, spec -> spec.withText("保存新密码")));

        PasswordField next = _get(PasswordField.class, spec -> spec.withLabel("新密码"));
        assertThat(next.isInvalid()).isTrue();
        assertThat(next.getErrorMessage()).isEqualTo("密码至少需要 10 个字符");
        assertThat(next.getValue()).isEqualTo("short1#");
        _get(ChangePasswordView.class);
    }

    @Test
    void a_wrong_current_password_is_refused_next_to_that_field() {
        AppUser account = TestAccounts.create(userAdmin, "wrong", AppRole.STAFF, false);
        login(account.getUsername());
        navigate("account/password");

        fill("Not-the-0ne", NEW_PASSWORD, NEW_PASSWORD);
        _click(_get(Button.class, spec -> spec.withText("保存新密码")));

        PasswordField current = _get(PasswordField.class, spec -> spec.withLabel("当前密码"));
        assertThat(current.isInvalid()).isTrue();
        assertThat(current.getErrorMessage()).isEqualTo("当前密码不正确");
        assertThat(passwordEncoder.matches(TestAccounts.PASSWORD,
                users.findById(account.getId()).orElseThrow().getPasswordHash())).isTrue();
    }

    @Test
    void every_user_reaches_the_page_from_the_account_card() {
        login("cc_reviewer1");
        navigate("");

        _click(_get(Button.class, spec -> spec.withClasses("change-password")));

        _get(ChangePasswordView.class);
    }

    private static void fill(String current, String next, String repeat) {
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("当前密码")), current);
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("新密码")), next);
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("再次输入新密码")), repeat);
    }
}
