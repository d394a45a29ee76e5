package ecopark.security.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.matchesRegex;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ecopark.ApplicationTest;
import ecopark.security.AppRole;
import ecopark.security.SignedInUser;
import ecopark.security.SystemActor;
import ecopark.security.TestAccounts;
import ecopark.security.domain.AppUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** Signing in to the JSON API: a temporary password opens nothing, and guessing is slowed with one answer for all. */
@ApplicationTest
class ApiSignInTest {

    private static final String TASKS = "/api/rectification-tasks";

    @Autowired WebApplicationContext context;
    @Autowired UserAdminService userAdmin;
    @Autowired AccountService accounts;
    @Autowired UserDetailsService details;

    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    @Test
    void an_account_that_must_change_its_password_is_refused_by_every_endpoint_until_it_has() throws Exception {
        AppUser staff = TestAccounts.create(userAdmin, "temp", AppRole.STAFF, true);

        mvc.perform(get(TASKS).with(httpBasic(staff.getUsername(), TestAccounts.PASSWORD)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("api.error.passwordChangeRequired"))
                .andExpect(jsonPath("$.message").value("该账户须先在系统中修改密码，之后才能使用接口。"));
        mvc.perform(get(TASKS).header("Accept-Language", "en")
                        .with(httpBasic(staff.getUsername(), TestAccounts.PASSWORD)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.message").value(
                        "This account must change its password in the application before it can use the API."));

        SignedInUser signedIn = (SignedInUser) details.loadUserByUsername(staff.getUsername());
        SystemActor.callAs(signedIn, () -> accounts.changeOwnPassword(TestAccounts.PASSWORD, "Changed-Pass#42"));

        mvc.perform(get(TASKS).with(httpBasic(staff.getUsername(), "Changed-Pass#42"))).andExpect(status().isOk());
    }

    @Test
    void guessing_is_slowed_with_the_same_answer_whether_the_username_exists_or_not() throws Exception {
        AppUser staff = TestAccounts.create(userAdmin, "guess", AppRole.STAFF, false);
        String unknown = "nobody_" + staff.getUsername();

        String wrongForReal = body(attempt(staff.getUsername(), "wrong-password-1", "198.51.100.10")
                .andExpect(status().isUnauthorized()));
        String wrongForUnknown = body(attempt(unknown, "wrong-password-1", "198.51.100.11")
                .andExpect(status().isUnauthorized()));
        assertThat(wrongForUnknown).isEqualTo(wrongForReal);

        for (int i = 0; i < 4; i++) {
            attempt(staff.getUsername(), "wrong-password-1", "198.51.100.10");
            attempt(unknown, "wrong-password-1", "198.51.100.11");
        }
        String slowedReal = body(attempt(staff.getUsername(), TestAccounts.PASSWORD, "198.51.100.10")
                .andExpect(status().isTooManyRequests())
                // At most the 30 s spacing, less the time the failures above took (seconds on a busy machine).
                .andExpect(header().string("Retry-After", matchesRegex("[1-9]|[12][0-9]|30")))
                .andExpect(jsonPath("$.code").value("api.error.signInThrottled")));
        String slowedUnknown = body(attempt(unknown, "wrong-password-1", "198.51.100.11")
                .andExpect(status().isTooManyRequests()));
        assertThat(slowedUnknown).isEqualTo(slowedReal);
    }

    private ResultActions attempt(String username, String password, String address) throws Exception {
        RequestPostProcessor from = request -> {
            request.setRemoteAddr(address);
            return request;
        };
        return mvc.perform(get(TASKS).with(httpBasic(username, password)).with(from));
    }

    /** The error body without the parts that differ by nature (time). */
    private static String body(ResultActions answer) throws Exception {
        return answer.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8)
                .replaceAll("\"timestamp\":\"[^\"]*\"", "");
    }
}
