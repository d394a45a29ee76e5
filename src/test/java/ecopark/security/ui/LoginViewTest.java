package ecopark.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import ecopark.UiTest;
import ecopark.security.service.SignInThrottledException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.web.WebAttributes;

class LoginViewTest extends UiTest {

    @Test
    void slowed_sign_ins_are_told_how_many_seconds_to_wait_and_nothing_about_the_account() {
        failedWith(new SignInThrottledException(Duration.ofMillis(29_400)));

        assertThat(errorText()).contains("登录失败次数过多，请在 30 秒后再试。").doesNotContain("锁定");
        assertThat(_get(LoginForm.class).isError()).isTrue();
    }

    @Test
    void a_wrong_password_and_an_unknown_username_read_the_same() {
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
