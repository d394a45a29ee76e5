package ecopark.security.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import ecopark.ActingUsers;
import ecopark.ApplicationTest;
import ecopark.TestClock;
import ecopark.security.AppRole;
import ecopark.security.SignedInUser;
import ecopark.security.SystemActor;
import ecopark.security.TestAccounts;
import ecopark.security.domain.AppUser;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Signing in to the JSON API with a token an administrator issued: the token acts as its account, with its role and
 * park; revoked, expired, wrong tokens and disabled accounts get one and the same 401 at once; the database keeps only
 * a hash; uses and sign-ins are written at most once a minute.
 */
@ApplicationTest
class ApiTokenAuthenticationTest {

    private static final String REPORTS = "/api/reports";

    @Autowired WebApplicationContext context;
    @Autowired ApiTokenService tokens;
    @Autowired UserAdminService userAdmin;
    @Autowired AccountService accounts;
    @Autowired UserDetailsService details;
    @Autowired ActingUsers acting;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestClock clock;
    @Autowired ObjectMapper json;

    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void a_staff_token_sees_the_reports_of_its_park_only() throws Exception {
        long changchun = ((SignedInUser) details.loadUserByUsername("cc_staff")).parkId();
        String ccStaff = issue("cc_staff", "统计数据同步（长春）", null);
        String tjStaff = issue("tj_staff", "统计数据同步（天津）", null);

        JsonNode seen = read(bearer(get(REPORTS).param("size", "100"), ccStaff).andExpect(status().isOk()));
        assertThat(seen.get("totalItems").asInt()).isPositive();
        assertThat(seen.get("items")).allSatisfy(r -> assertThat(r.get("parkId").asLong()).isEqualTo(changchun));

        JsonNode tianjin = read(bearer(get(REPORTS).param("size", "100"), tjStaff).andExpect(status().isOk()));
        assertThat(tianjin.get("items")).noneSatisfy(r -> assertThat(r.get("parkId").asLong()).isEqualTo(changchun));
        long report = seen.get("items").get(0).get("id").asLong();
        bearer(get(REPORTS + "/" + report), tjStaff)
                .andExpect(result -> assertThat(result.getResponse().getStatus()).isIn(403, 404));
    }

    @Test
    void a_revoked_token_is_refused_at_once_with_the_same_answer_as_a_wrong_one() throws Exception {
        String token = issue("cc_staff", "即将吊销", null);
        bearer(get(REPORTS), token).andExpect(status().isOk());

        long id = SystemActor.call(() -> tokens.tokens()).stream().filter(t -> token.startsWith(t.prefix()))
                .findFirst().orElseThrow().id();
        SystemActor.run(() -> tokens.revoke(id));

        String revoked = body(bearer(get(REPORTS), token).andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Bearer realm=\"ecopark\", error=\"invalid_token\""))
                .andExpect(jsonPath("$.code").value("api.error.unauthorized")));
        String wrongSecret = body(bearer(get(REPORTS), token.substring(0, token.length() - 4) + "aaaa")
                .andExpect(status().isUnauthorized()));
        String unknown = body(bearer(get(REPORTS), "ecp_aaaaaaaa_" + "b".repeat(52))
                .andExpect(status().isUnauthorized()));
        String garbage = body(bearer(get(REPORTS), "not-a-token").andExpect(status().isUnauthorized()));
        assertThat(List.of(wrongSecret, unknown, garbage)).containsOnly(revoked);
        assertThat(revoked).doesNotContain("revoked", "吊销", "expired", "过期");
        assertThatThrownBy(() -> SystemActor.run(() -> tokens.revoke(id)))
                .hasMessageContaining("apiToken.error.alreadyRevoked");
    }

    @Test
    void a_token_opens_through_its_last_valid_day_and_no_longer() throws Exception {
        LocalDate today = LocalDate.now(clock);
        String token = issue("cc_staff", "今日有效", today);
        bearer(get(REPORTS), token).andExpect(status().isOk());

        clock.advance(Duration.ofDays(1));

        bearer(get(REPORTS), token).andExpect(status().isUnauthorized());
        assertThat(SystemActor.call(() -> tokens.tokens()).stream().filter(t -> token.startsWith(t.prefix()))
                .findFirst().orElseThrow().state()).isEqualTo(ApiTokenListItem.State.EXPIRED);
    }

    @Test
    void a_token_of_a_disabled_account_is_refused_and_opens_again_when_the_account_is_enabled() throws Exception {
        AppUser staff = TestAccounts.create(userAdmin, "tok_off", AppRole.STAFF, false);
        String token = issue(staff.getUsername(), "停用测试", null);
        bearer(get(REPORTS), token).andExpect(status().isOk());

        SystemActor.run(() -> userAdmin.setEnabled(staff.getId(), false));
        bearer(get(REPORTS), token).andExpect(status().isUnauthorized());

        SystemActor.run(() -> userAdmin.setEnabled(staff.getId(), true));
        bearer(get(REPORTS), token).andExpect(status().isOk());
    }

    @Test
    void no_token_is_issued_for_a_disabled_account_without_a_purpose_or_by_anyone_but_an_administrator() {
        AppUser staff = TestAccounts.create(userAdmin, "tok_refused", AppRole.STAFF, false);
        SystemActor.run(() -> userAdmin.setEnabled(staff.getId(), false));

        assertThatThrownBy(() -> SystemActor.call(() -> tokens.issue(new NewApiToken(" ", staff.getId(),
                LocalDate.now(clock).minusDays(1)))))
                .isInstanceOfSatisfying(ecopark.base.domain.FieldProblemsException.class, e ->
                        assertThat(e.problems()).extracting(p -> p.field() + ":" + p.key()).containsExactly(
                                "name:apiToken.error.nameRequired", "account:apiToken.error.accountDisabled",
                                "validThrough:apiToken.error.validThroughPast"));
        assertThatThrownBy(() -> acting.as("cc_manager", () -> tokens.issue(new NewApiToken("越权", staff.getId(),
                null)))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> acting.as("cc_manager", () -> tokens.tokens()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_database_keeps_only_the_sha256_of_the_secret_and_the_list_never_shows_it() {
        String token = issue("cc_staff", "哈希检查", null);
        String prefix = token.substring(4, 12);
        String secret = token.substring(13);

        Map<String, Object> row = jdbc.queryForMap("select * from api_token where prefix = ?", prefix);
        assertThat(row.values()).noneSatisfy(v -> assertThat(String.valueOf(v)).contains(secret));
        assertThat(row.get("SECRET_HASH")).isEqualTo(sha256(secret));
        assertThat(SystemActor.call(() -> tokens.tokens()).toString()).contains("ecp_" + prefix)
                .doesNotContain(secret);
    }

    @Test
    void the_time_of_use_is_written_at_most_once_a_minute_not_on_every_request() throws Exception {
        String token = issue("cc_staff", "使用时间", null);
        String prefix = token.substring(4, 12);
        bearer(get(REPORTS), token).andExpect(status().isOk());
        Timestamp first = lastUsed(prefix);
        assertThat(first).isNotNull();

        clock.advance(Duration.ofSeconds(20));
        bearer(get(REPORTS), token).andExpect(status().isOk());
        bearer(get(REPORTS), token).andExpect(status().isOk());
        assertThat(lastUsed(prefix)).isEqualTo(first);

        clock.advance(Duration.ofSeconds(45));
        bearer(get(REPORTS), token).andExpect(status().isOk());
        assertThat(lastUsed(prefix)).isAfter(first);
    }

    @Test
    void http_basic_records_the_sign_in_at_most_once_a_minute_and_a_changed_password_closes_at_once()
            throws Exception {
        AppUser staff = TestAccounts.create(userAdmin, "tok_basic", AppRole.STAFF, false);
        mvc.perform(get(REPORTS).with(httpBasic(staff.getUsername(), TestAccounts.PASSWORD)))
                .andExpect(status().isOk());
        Timestamp first = lastLogin(staff);
        assertThat(first).isNotNull();

        clock.advance(Duration.ofSeconds(20));
        mvc.perform(get(REPORTS).with(httpBasic(staff.getUsername(), TestAccounts.PASSWORD)))
                .andExpect(status().isOk());
        assertThat(lastLogin(staff)).isEqualTo(first);

        SignedInUser signedIn = (SignedInUser) details.loadUserByUsername(staff.getUsername());
        SystemActor.callAs(signedIn, () -> accounts.changeOwnPassword(TestAccounts.PASSWORD, "Changed-Pass#42"));
        mvc.perform(get(REPORTS).with(httpBasic(staff.getUsername(), TestAccounts.PASSWORD)))
                .andExpect(status().isUnauthorized());
        mvc.perform(get(REPORTS).with(httpBasic(staff.getUsername(), "Changed-Pass#42")))
                .andExpect(status().isOk());
    }

    @Test
    void a_token_works_for_an_account_that_has_yet_to_change_its_temporary_password() throws Exception {
        AppUser integration = TestAccounts.create(userAdmin, "tok_sync", AppRole.STAFF, true);
        String token = issue(integration.getUsername(), "仅供接口使用的账户", null);

        bearer(get(REPORTS), token).andExpect(status().isOk());
        mvc.perform(get(REPORTS).with(httpBasic(integration.getUsername(), TestAccounts.PASSWORD)))
                .andExpect(status().isForbidden());
    }

    private String issue(String username, String name, LocalDate validThrough) {
        long account = ((SignedInUser) details.loadUserByUsername(username)).id();
        IssuedApiToken issued = SystemActor.call(() -> tokens.issue(new NewApiToken(name, account, validThrough)));
        assertThat(issued.text()).matches("ecp_[a-z2-7]{8}_[a-z2-7]{52}");
        return issued.text();
    }

    private ResultActions bearer(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
            String token) throws Exception {
        return mvc.perform(request.header("Authorization", "Bearer " + token));
    }

    private JsonNode read(ResultActions answer) throws Exception {
        return json.readTree(answer.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private Timestamp lastUsed(String prefix) {
        return jdbc.queryForObject("select last_used_at from api_token where prefix = ?", Timestamp.class, prefix);
    }

    private Timestamp lastLogin(AppUser user) {
        return jdbc.queryForObject("select last_login_at from app_user where id = ?", Timestamp.class, user.getId());
    }

    /** The error body without the parts that differ by nature (time). */
    private static String body(ResultActions answer) throws Exception {
        return answer.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)
                .replaceAll("\"timestamp\":\"[^\"]*\"", "");
    }

    private static String sha256(String text) throws RuntimeException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.US_ASCII)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
