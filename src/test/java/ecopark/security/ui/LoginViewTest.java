package ecopark.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import ecopark.UiTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;

class LoginViewTest extends UiTest {

    @Test
    void a_locked_account_is_told_it_is_locked_for_fifteen_minutes() {
        failedWith(new LockedException("locked"));

        assertThat(errorText())
                .contains("账户因连续登录失败已被锁定 15 分钟，请稍后再试。");
        assertThat(_get(LoginForm.class).isError()).isTrue();
    }

    @Test
    void a_wrong_password_is_told_apart_from_a_lock() {
        failedWith(new BadCredentialsException("bad"));

        assertThat(errorText())
                .contains("用户名或密码不正确，请重新输入。");
    }

    /** The i18n object the login form sends to the browser, which holds the error message. */
    private static String errorText() {
        return String.valueOf(_get(LoginForm.class).getElement().getPropertyRaw("i18n"));
    }

    private static void failedWith(Exception failure) {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, failure);
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
    }
}
