package ecopark.security.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import ecopark.ApplicationTest;
import ecopark.security.AppRole;
import ecopark.security.SystemActor;
import ecopark.security.TestAccounts;
import ecopark.security.domain.AppUser;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Ending sessions for changes made on another node: a row another node wrote to {@code session_revocation} ends the
 * account's sessions here at the next poll, once; this node's own changes are not applied a second time.
 * (Two real nodes: TwoNodeIT.)
 */
@ApplicationTest
class SessionRevocationsTest {

    @Autowired WebApplicationContext context;
    @Autowired UserAdminService userAdmin;
    @Autowired SessionRevocations revocations;
    @Autowired SessionRegistry sessionRegistry;
    @Autowired JdbcTemplate jdbc;

    MockMvc mvc;
    AppUser account;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        account = TestAccounts.create(userAdmin, "revoke", AppRole.REVIEWER, false);
        revocations.poll();
    }

    @Test
    void a_change_written_by_another_node_ends_the_session_here_at_the_next_poll_and_only_once() throws Exception {
        MockHttpSession session = signIn();
        writtenByAnotherNode(account.getId());

        // (The background poll may get there first; either way the session ends once.)
        revocations.poll();
        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login"));

        MockHttpSession again = signIn();
        revocations.poll();
        assertThat(sessionRegistry.getSessionInformation(again.getId()).isExpired()).isFalse();
    }

    @Test
    void a_change_made_on_this_node_is_not_ended_again_by_the_poll() throws Exception {
        MockHttpSession session = signIn();
        SystemActor.run(() -> userAdmin.resetPassword(account.getId(), null));
        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login"));

        assertThat(jdbc.queryForObject("select count(*) from session_revocation where user_id = ?", Long.class,
                account.getId())).isEqualTo(1);
        assertThat(revocations.poll()).isZero();
    }

    @Test
    void another_accounts_change_leaves_the_session_alone() throws Exception {
        MockHttpSession session = signIn();
        AppUser other = TestAccounts.create(userAdmin, "revoke_other", AppRole.STAFF, false);
        writtenByAnotherNode(other.getId());

        revocations.poll();

        assertThat(sessionRegistry.getSessionInformation(session.getId()).isExpired()).isFalse();
    }

    private void writtenByAnotherNode(long userId) {
        jdbc.update("insert into session_revocation (user_id, revoked_at) values (?, ?)", userId,
                LocalDateTime.now(ZoneOffset.UTC));
    }

    private MockHttpSession signIn() throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(SessionsTest.login(account.getUsername(), TestAccounts.PASSWORD, session))
                .andExpect(redirectedUrl("/"));
        return session;
    }
}
