package ecopark.notification.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.popover.Popover;
import ecopark.ReportFixtures;
import ecopark.UiTest;
import ecopark.report.service.ReportWorkflow;
import ecopark.security.SignedInUser;
import ecopark.security.SystemActor;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

class NotificationBellTest extends UiTest {

    @Autowired ReportFixtures fixtures;
    @Autowired ReportWorkflow workflow;
    @Autowired UserDetailsService accounts;

    @Test
    void a_reviewer_sees_the_unread_count_opens_the_list_and_goes_to_the_inbox() {
        long report = fixtures.completeReport(2351);
        SystemActor.callAs((SignedInUser) accounts.loadUserByUsername("cc_staff"), () -> workflow.submit(report));

        login("cc_reviewer1");
        navigate("reports");
        Span count = _get(Span.class, spec -> spec.withClasses("notification-count"));
        assertThat(count.isVisible()).isTrue();
        int unread = Integer.parseInt(count.getText());
        assertThat(unread).isPositive();

        _get(Popover.class).open();
        List<Div> items = _find(Div.class, spec -> spec.withClasses("notification-item"));
        Div newest = items.get(0);
        assertThat(newest.getClassNames()).contains("unread");
        assertThat(_get(newest, Span.class, spec -> spec.withClasses("notification-text")).getText())
                .isEqualTo("长春经济技术开发区 2351 年度评价报告已提交，等待初审");

        com.vaadin.flow.component.ComponentUtil.fireEvent(newest,
                new com.vaadin.flow.component.ClickEvent<>(newest));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("inbox");
        assertThat(unread == 1 ? !count.isVisible() : count.getText().equals(String.valueOf(unread - 1))).isTrue();
        _get(Popover.class).open();
        assertThat(_find(Div.class, spec -> spec.withClasses("notification-item")).get(0).getClassNames())
                .doesNotContain("unread");
    }

    @Test
    void someone_without_notifications_sees_no_count_and_an_empty_list() {
        login("sz_manager");
        navigate("reports");
        assertThat(_find(Span.class, spec -> spec.withClasses("notification-count"))).isEmpty(); // only visible ones
        _get(Popover.class).open();
        assertThat(_find(Div.class, spec -> spec.withClasses("notification-item"))).isEmpty();
        assertThat(_get(Span.class, spec -> spec.withClasses("notification-none")).getText()).isEqualTo("暂无通知");
    }
}
