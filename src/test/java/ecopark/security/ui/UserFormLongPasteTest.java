package ecopark.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import ecopark.LongPaste;
import ecopark.UiTest;
import ecopark.security.AppRole;
import ecopark.security.domain.AppUser;
import ecopark.security.domain.AppUserRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A paste longer than an account's field allows stays in the user form, is refused there, and nothing is saved. */
class UserFormLongPasteTest extends UiTest {

    @Autowired AppUserRepository users;

    @Test
    @SuppressWarnings("unchecked")
    void a_long_name_email_and_password_stay_in_the_form_with_their_limits_and_no_account_is_created() {
        long before = users.count();
        login("admin");
        navigate("admin/users");
        _click(_get(Button.class, spec -> spec.withText("新建用户")));

        String name = LongPaste.over(AppUser.DISPLAY_NAME_MAX_LENGTH);
        String email = "x".repeat(AppUser.EMAIL_MAX_LENGTH) + "@ccetdz.gov.cn";
        String password = "Ecopark-2026#".repeat(7);
        _setValue(field("用户名"), "long_paste_user");
        _setValue(field("姓名"), name);
        _setValue(field("电子邮箱"), email);
        _setValue((Select<AppRole>) _get(Select.class, spec -> spec.withLabel("角色")), AppRole.ADMIN);
        PasswordField initial = _get(PasswordField.class, spec -> spec.withLabel("初始密码"));
        _setValue(initial, password);
        _click(_get(Button.class, spec -> spec.withText("保存")));

        LongPaste.assertKeptAndRefused(field("姓名"), name, AppUser.DISPLAY_NAME_MAX_LENGTH);
        assertThat(field("电子邮箱").getValue()).isEqualTo(email);
        assertThat(field("电子邮箱").getErrorMessage()).contains("最多 " + AppUser.EMAIL_MAX_LENGTH + " 个字");
        assertThat(initial.getMaxLength()).isZero();
        assertThat(initial.getValue()).isEqualTo(password);
        assertThat(initial.getErrorMessage()).isEqualTo("密码过长（最多 72 个字节，一个汉字占 3 个字节）");
        assertThat(_find(Dialog.class)).hasSize(1);
        assertThat(users.count()).isEqualTo(before);
    }

    private static TextField field(String label) {
        return _get(TextField.class, spec -> spec.withLabel(label));
    }
}
