package ecopark.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.sidenav.SideNavItem;
import ecopark.UiTest;
import ecopark.base.ui.AccessDeniedView;
import ecopark.park.ui.ParkOverviewView;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoginAndNavigationTest extends UiTest {

    @Test
    void an_anonymous_visitor_is_sent_to_the_chinese_login_page() {
        UI.getCurrent().navigate("");

        _get(LoginForm.class);
        assertThat(_get(H1.class).getText()).isEqualTo("生态工业园区年度评价");
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0)).isInstanceOf(LoginView.class);
    }

    @Test
    void staff_see_their_name_role_and_park_in_the_layout() {
        login("cc_staff");
        navigate("");

        _get(ParkOverviewView.class);
        List<String> texts = _find(Span.class).stream().map(Span::getText).toList();
        assertThat(texts).contains("王丽", "园区工作人员", "长春经济技术开发区");
    }

    @Test
    void staff_navigation_offers_the_park_overview_but_no_administration() {
        login("cc_staff");
        navigate("");

        List<String> items = _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
        assertThat(items).contains("园区概览");
        assertThat(items).noneMatch(label -> label.contains("管理") && !label.equals("园区概览"));
    }

    @Test
    void a_reviewer_sees_their_bureau_as_scope() {
        login("cc_reviewer1");
        navigate("");

        List<String> texts = _find(Span.class).stream().map(Span::getText).toList();
        assertThat(texts).contains("李明", "审核人员", "长春市生态环境局");
    }

    @Test
    void an_unknown_route_for_a_signed_in_user_does_not_show_a_stack_trace() {
        login("cc_staff");
        navigate("");
        MockVaadin.clientRoundtrip();

        assertThat(_find(AccessDeniedView.class)).isEmpty();
        assertThat(_find(H2.class)).noneMatch(h -> h.getText().contains("Exception"));
    }
}
