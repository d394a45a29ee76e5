package ecopark.base;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ecopark.ApplicationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** README: "GET /actuator/health (database and disk; details for administrators)". */
@ApplicationTest
class ActuatorHealthTest {

    static final String DEMO_PASSWORD = "Ecopark#2026";

    @Autowired WebApplicationContext context;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void anyone_may_ask_whether_the_application_is_up_but_sees_no_details() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components").doesNotExist());
    }

    @Test
    void an_administrator_with_http_basic_sees_database_and_disk() throws Exception {
        mvc.perform(get("/actuator/health").with(httpBasic("admin", DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.components.db.status").value("UP"))
                .andExpect(jsonPath("$.components.diskSpace.status").value("UP"));
    }

    @Test
    void an_administrators_browser_session_shows_the_details_as_well() throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/login").param("username", "admin").param("password", DEMO_PASSWORD).with(csrf())
                .session(session)).andExpect(redirectedUrl("/"));

        mvc.perform(get("/actuator/health").session(session))
                .andExpect(jsonPath("$.components.db.status").value("UP"));
    }

    @Test
    void other_roles_see_no_details() throws Exception {
        mvc.perform(get("/actuator/health").with(httpBasic("cc_manager", DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.components").doesNotExist());
    }

    @Test
    void a_wrong_basic_password_is_refused() throws Exception {
        mvc.perform(get("/actuator/info").with(httpBasic("admin", "not-the-password")))
                .andExpect(status().isUnauthorized());
    }
}
