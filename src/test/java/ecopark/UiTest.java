package ecopark;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.mock.MockedUI;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.spring.SpringServlet;
import ecopark.security.SignedInUser;
import com.github.mvysny.fakeservlet.FakeRequest;
import java.util.Locale;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Server-side UI tests with Karibu-Testing: real views, real services and the demo data, no browser.
 * {@link #login(String)} signs in a demo account the way Spring Security would.
 */
@ApplicationTest
public abstract class UiTest {

    private static Routes routes;

    @Autowired
    protected ApplicationContext context;

    @Autowired
    private UserDetailsService userDetailsService;

    @BeforeAll
    static void discoverRoutes() {
        routes = new Routes().autoDiscoverViews("ecopark");
    }

    @BeforeEach
    void setUpVaadin() {
        Function0<UI> uiFactory = MockedUI::new;
        SpringServlet servlet = new MockSpringServlet(routes, context, uiFactory);
        MockVaadin.setup(uiFactory, servlet);
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    @AfterEach
    void tearDownVaadin() {
        logout();
        MockVaadin.tearDown();
    }

    /** Signs in a demo account and reloads the current page, as after a browser login. */
    protected SignedInUser login(String username) {
        SignedInUser user = (SignedInUser) userDetailsService.loadUserByUsername(username);
        var auth = new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(auth);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(auth);
        request.setUserInRole((principal, role) -> user.role().name().equals(role));
        return user;
    }

    protected void logout() {
        SecurityContextHolder.clearContext();
        if (VaadinServletRequest.getCurrent() != null) {
            FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
            request.setUserPrincipalInt(null);
            request.setUserInRole((principal, role) -> false);
        }
    }

    protected static void navigate(String path) {
        UI.getCurrent().navigate(path);
    }
}
