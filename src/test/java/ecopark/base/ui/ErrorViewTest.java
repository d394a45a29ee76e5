package ecopark.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import ecopark.UiTest;
import ecopark.base.domain.BusinessRuleException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.access.AccessDeniedException;

@ExtendWith(OutputCaptureExtension.class)
class ErrorViewTest extends UiTest {

    private static final Pattern REFERENCE = Pattern.compile("错误编号：([A-Z2-9]{8})");

    @Test
    void a_page_that_fails_shows_an_apology_with_the_reference_that_the_log_records(CapturedOutput output) {
        login("cc_staff");

        navigate(FailingTestView.PATH);

        assertThat(_get(H2.class).getText()).isEqualTo("抱歉，系统出现了意外错误");
        Matcher ref = REFERENCE.matcher(_get(Span.class, spec -> spec.withClasses("error-reference")).getText());
        assertThat(ref.matches()).isTrue();
        assertThat(output.getOut()).contains("ERROR").contains("[ref=" + ref.group(1) + "]")
                .contains(FailingTestView.MESSAGE).contains("at ecopark.base.ui.FailingTestView.beforeEnter");
    }

    @Test
    void a_visitor_who_is_not_signed_in_gets_the_same_page() {
        navigate(FailingTestView.PATH);

        assertThat(_get(H2.class).getText()).isEqualTo("抱歉，系统出现了意外错误");
        _get(Span.class, spec -> spec.withClasses("error-reference"));
    }

    @Test
    void a_refused_rule_while_opening_a_page_is_explained_without_a_reference() {
        login("cc_staff");

        UI.getCurrent().navigate(FailingTestView.PATH, QueryParameters.of("rule", "yes"));

        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText).contains("园区 99 不存在");
        assertThat(_find(Span.class, spec -> spec.withClasses("error-reference"))).isEmpty();
    }

    @Test
    void a_bug_in_a_click_listener_shows_a_notification_with_the_reference_that_the_log_records(
            CapturedOutput output) {
        login("cc_staff");
        navigate("");

        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(new NullPointerException("listener bug")));

        String message = NotificationsKt.getNotifications().get(0).getElement().getProperty("text");
        Matcher ref = Pattern.compile("错误编号：([A-Z2-9]{8})").matcher(message);
        assertThat(ref.find()).as(message).isTrue();
        assertThat(output.getOut()).contains("[ref=" + ref.group(1) + "]").contains("listener bug");
    }

    @Test
    void a_refused_rule_in_a_listener_shows_its_translated_message_and_logs_no_error(CapturedOutput output) {
        login("cc_staff");
        navigate("");

        VaadinSession.getCurrent().getErrorHandler()
                .error(new ErrorEvent(new BusinessRuleException("park.error.nameTaken", "长春经济技术开发区")));

        NotificationsKt.expectNotifications("已存在名为“长春经济技术开发区”的园区");
        assertThat(output.getOut()).doesNotContain("[ref=");
    }

    @Test
    void a_missing_permission_in_a_listener_says_so() {
        login("cc_staff");
        navigate("");

        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(new AccessDeniedException("no")));

        NotificationsKt.expectNotifications("您无权执行此操作。如需权限，请联系系统管理员。");
    }

    @Test
    void a_database_outage_while_opening_a_page_says_so_with_the_reference() {
        login("cc_staff");

        UI.getCurrent().navigate(FailingTestView.PATH, QueryParameters.of("database", "yes"));

        assertThat(_get(H2.class).getText()).isEqualTo("数据库暂时无法连接");
        _get(Span.class, spec -> spec.withClasses("error-reference"));
    }

    @Test
    void a_database_outage_in_a_listener_says_that_nothing_was_saved(CapturedOutput output) {
        login("cc_staff");
        navigate("");

        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(DatabaseOutage.asSpringReportsIt()));

        String message = NotificationsKt.getNotifications().get(0).getElement().getProperty("text");
        assertThat(message).startsWith("系统暂时无法连接数据库，本次操作未完成，没有保存任何内容");
        Matcher ref = REFERENCE.matcher(message);
        assertThat(ref.find()).as(message).isTrue();
        assertThat(output.getOut()).contains("[ref=" + ref.group(1) + "]").contains("database unavailable");
    }
}
