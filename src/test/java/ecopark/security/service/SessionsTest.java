package ecopark.security.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ecopark.ApplicationTest;
import ecopark.security.AppRole;
import ecopark.security.SystemActor;
import ecopark.security.TestAccounts;
import ecopark.security.domain.AppUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.WebAttributes;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Sessions through the real filter chain (MockMvc): login, session ids, and ending a disabled user's sessions.
 * MockMvc cannot run the Vaadin servlet, so a live session is checked in the session registry; an ended one is
 * answered by Spring Security before Vaadin is reached.
 */
@ApplicationTest
class SessionsTest {

    @Autowired WebApplicationContext context;
    @Autowired UserAdminService userAdmin;
    @Autowired SessionRegistry sessionRegistry;

    MockMvc mvc;
    AppUser account;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        account = TestAccounts.create(userAdmin, "sess", AppRole.REVIEWER, false);
    }

    @Test
    void signing_in_gives_the_session_a_new_id() throws Exception {
        MockHttpSession session = new MockHttpSession();
        String before = session.getId();

        mvc.perform(login(account.getUsername(), TestAccounts.PASSWORD, session)).andExpect(redirectedUrl("/"));

        assertThat(session.getId()).isNotEqualTo(before);
        assertThat(session.isInvalid()).isFalse();
    }

    @Test
    void disabling_a_user_ends_their_open_session() throws Exception {
        MockHttpSession session = signIn();
        assertThat(sessionRegistry.getSessionInformation(session.getId()).isExpired()).isFalse();

        SystemActor.run(() -> userAdmin.setEnabled(account.getId(), false));

        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login"));
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void a_vaadin_request_on_an_ended_session_gets_vaadins_session_expired_answer() throws Exception {
        MockHttpSession session = signIn();

        SystemActor.run(() -> userAdmin.setEnabled(account.getId(), false));

        String body = mvc.perform(post("/").param("v-r", "uidl").session(session)
                        .contentType("application/json").content("{}"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(body).contains("\"sessionExpired\":true");
    }

    @Test
    void a_disabled_user_cannot_sign_in_and_is_told_so() throws Exception {
        SystemActor.run(() -> userAdmin.setEnabled(account.getId(), false));
        MockHttpSession session = new MockHttpSession();

        mvc.perform(login(account.getUsername(), TestAccounts.PASSWORD, session))
                .andExpect(redirectedUrl("/login?error"));

        assertThat(session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION)).isInstanceOf(DisabledException.class);
    }

    @Test
    void five_wrong_passwords_in_the_login_form_slow_the_account_and_the_login_page_learns_why() throws Exception {
        MockHttpSession session = new MockHttpSession();
        // An address of its own: the throttle is shared by every test of the context.
        RequestPostProcessor from = request -> {
            request.setRemoteAddr("192.0.2.55");
            return request;
        };
        for (int i = 0; i < 5; i++) {
            mvc.perform(login(account.getUsername(), "Wrong-pass-" + i, session).with(from))
                    .andExpect(redirectedUrl("/login?error"));
        }

        mvc.perform(login(account.getUsername(), TestAccounts.PASSWORD, session).with(from))
                .andExpect(redirectedUrl("/login?error"));

        assertThat(session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION))
                .isInstanceOf(SignInThrottledException.class);
    }

    @Test
    void resetting_the_password_ends_the_users_open_session() throws Exception {
        MockHttpSession session = signIn();

        SystemActor.run(() -> userAdmin.resetPassword(account.getId(), null));

        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login"));
    }

    @Test
    void a_new_role_ends_the_users_open_session_so_the_old_rights_go_with_it() throws Exception {
        MockHttpSession session = signIn();
        Long park = SystemActor.call(() -> userAdmin.parkChoices().get(0).id());

        SystemActor.run(() -> userAdmin.update(account.getId(), userAdmin.get(account.getId()).version(),
                new AccountChanges("测试用户", null, AppRole.STAFF, park, null)));

        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login"));
    }

    @Test
    void an_enabled_users_session_survives_another_users_change() throws Exception {
        MockHttpSession session = signIn();
        AppUser other = TestAccounts.create(userAdmin, "other", AppRole.STAFF, false);

        SystemActor.run(() -> userAdmin.setEnabled(other.getId(), false));

        assertThat(sessionRegistry.getSessionInformation(session.getId()).isExpired()).isFalse();
    }

    /** The login form's POST, as the browser sends it. */
    static MockHttpServletRequestBuilder login(String username, String password, MockHttpSession session) {
        return post("/login").param("username", username).param("password", password).with(csrf()).session(session);
    }

    private MockHttpSession signIn() throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(login(account.getUsername(), TestAccounts.PASSWORD, session))
                .andExpect(redirectedUrl("/"));
        return session;
    }
}
