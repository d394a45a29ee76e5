package ecopark.security.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ecopark.ApplicationTest;
import ecopark.TestClock;
import ecopark.base.audit.AuditAction;
import ecopark.security.AppRole;
import ecopark.security.SystemActor;
import ecopark.security.TestAccounts;
import ecopark.security.domain.AppUser;
import ecopark.security.domain.AppUserRepository;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Repeated wrong passwords slow sign-ins per account and per client address instead of locking the account. Each test
 * uses its own accounts and addresses (the throttle is shared by the whole application context).
 */
@ApplicationTest
class SignInThrottleTest {

    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @Autowired AuthenticationConfiguration authenticationConfiguration;
    @Autowired UserAdminService userAdmin;
    @Autowired AppUserRepository users;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestClock clock;
    @Autowired SignInThrottle throttle;
    @Autowired ScheduledTaskHolder scheduledTasks;

    AuthenticationManager authenticationManager;
    AppUser admin;
    String attacker;
    String realUser;

    @BeforeEach
    void setUp() throws Exception {
        authenticationManager = authenticationConfiguration.getAuthenticationManager();
        admin = TestAccounts.admin(userAdmin, "slow");
        attacker = nextAddress();
        realUser = nextAddress();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void five_wrong_passwords_slow_the_only_administrator_to_one_attempt_per_thirty_seconds_but_never_lock_them() {
        failTimes(admin.getUsername(), attacker, 5);

        assertThatThrownBy(() -> signIn(admin.getUsername(), TestAccounts.PASSWORD, attacker))
                .as("even the right password is not looked at meanwhile")
                .isInstanceOf(SignInThrottledException.class);
        clock.advance(Duration.ofSeconds(31));

        assertThat(signIn(admin.getUsername(), TestAccounts.PASSWORD, realUser).isAuthenticated()).isTrue();
    }

    @Test
    void the_attacker_gets_one_guess_per_thirty_seconds_and_the_real_user_from_elsewhere_signs_in_between() {
        failTimes(admin.getUsername(), attacker, 5);
        clock.advance(Duration.ofSeconds(31));
        failTimes(admin.getUsername(), attacker, 1);

        assertThatThrownBy(() -> signIn(admin.getUsername(), "wrong-password-2", attacker))
                .isInstanceOf(SignInThrottledException.class);
        clock.advance(Duration.ofSeconds(31));
        assertThat(signIn(admin.getUsername(), TestAccounts.PASSWORD, realUser).isAuthenticated()).isTrue();
        assertThat(signIn(admin.getUsername(), TestAccounts.PASSWORD, realUser).isAuthenticated())
                .as("the right password forgot the account's failures").isTrue();
    }

    @Test
    void an_address_trying_many_usernames_is_slowed_while_other_addresses_are_not() {
        for (int i = 0; i < 5; i++) {
            failTimes("nobody_" + i + "_" + attacker, attacker, 1);
        }

        assertThatThrownBy(() -> signIn(admin.getUsername(), TestAccounts.PASSWORD, attacker))
                .isInstanceOf(SignInThrottledException.class);
        assertThat(signIn(admin.getUsername(), TestAccounts.PASSWORD, realUser).isAuthenticated()).isTrue();
    }

    @Test
    void an_unknown_username_is_answered_exactly_like_a_real_one() {
        String unknown = "nobody_" + attacker.replace('.', '_');

        Throwable forUnknown = failAndCatch(unknown, attacker);
        Throwable forReal = failAndCatch(admin.getUsername(), attacker);

        assertThat(forUnknown).isInstanceOf(BadCredentialsException.class).hasMessage(forReal.getMessage());
        for (int i = 0; i < 4; i++) {
            failAndCatch(unknown, realUser);
        }
        assertThatThrownBy(() -> signIn(unknown, "wrong-password-1", nextAddress()))
                .as("unknown names are slowed too, so slowing tells nothing")
                .isInstanceOf(SignInThrottledException.class);
    }

    @Test
    void four_wrong_passwords_do_not_slow_and_a_right_one_forgets_them() {
        failTimes(admin.getUsername(), null, 4);
        signIn(admin.getUsername(), TestAccounts.PASSWORD, null);
        failTimes(admin.getUsername(), null, 4);

        assertThat(signIn(admin.getUsername(), TestAccounts.PASSWORD, null).isAuthenticated()).isTrue();
    }

    @Test
    void a_password_right_a_moment_ago_costs_no_count_but_is_still_refused_while_the_account_is_slowed() {
        signIn(admin.getUsername(), TestAccounts.PASSWORD, realUser);
        int rows = jdbc.queryForObject("select count(*) from sign_in_attempt", Integer.class);

        assertThat(signIn(admin.getUsername(), TestAccounts.PASSWORD, nextAddress()).isAuthenticated()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from sign_in_attempt", Integer.class))
                .as("an integration signing in with HTTP Basic on every request writes no count")
                .isEqualTo(rows);

        failTimes(admin.getUsername(), attacker, 5);
        assertThatThrownBy(() -> signIn(admin.getUsername(), TestAccounts.PASSWORD, attacker))
                .isInstanceOf(SignInThrottledException.class);
        clock.advance(Duration.ofSeconds(31));
        assertThat(signIn(admin.getUsername(), TestAccounts.PASSWORD, realUser).isAuthenticated()).isTrue();
    }

    @Test
    void failures_are_forgotten_after_a_quiet_quarter_of_an_hour() {
        failTimes(admin.getUsername(), attacker, 5);
        clock.advance(Duration.ofMinutes(15));

        failTimes(admin.getUsername(), attacker, 4);
        assertThat(signIn(admin.getUsername(), TestAccounts.PASSWORD, attacker).isAuthenticated()).isTrue();
    }

    @Test
    void the_moment_an_account_is_slowed_is_recorded_once_in_the_audit_trail() {
        failTimes(admin.getUsername(), attacker, 5);
        clock.advance(Duration.ofSeconds(31));
        failTimes(admin.getUsername(), attacker, 1);

        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = ? and detail_args like ?",
                Integer.class, AuditAction.SIGN_IN_THROTTLED.name(), "%" + admin.getUsername() + "%")).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = ? and detail_args like ?",
                Integer.class, AuditAction.SIGN_IN_FAILED.name(), "%" + admin.getUsername() + "%")).isEqualTo(6);
    }

    @Test
    void a_disabled_account_is_told_so_only_after_the_right_password() {
        AppUser staff = TestAccounts.create(userAdmin, "off", AppRole.STAFF, false);
        SystemActor.run(() -> userAdmin.setEnabled(staff.getId(), false));

        assertThatThrownBy(() -> signIn(staff.getUsername(), "wrong-password-1", attacker))
                .isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> signIn(staff.getUsername(), TestAccounts.PASSWORD, attacker))
                .isInstanceOf(DisabledException.class);
    }

    @Test
    void quiet_counts_are_swept_out_by_a_scheduled_job_that_really_runs() {
        failTimes(admin.getUsername(), attacker, 1);
        clock.advance(Duration.ofMinutes(16));

        assertThat(scheduledTasks.getScheduledTasks()).as("scheduling is on and the sweep is registered")
                .anySatisfy(task -> assertThat(task.getTask().toString()).contains("SignInThrottle.forgetQuietKeys"));
        throttle.forgetQuietKeys();
        assertThat(jdbc.queryForObject("select count(*) from sign_in_attempt where last_attempt_ms <= ?",
                Integer.class, clock.millis() - SignInThrottle.FORGET_AFTER.toMillis())).isZero();
    }

    @Test
    void a_successful_sign_in_records_its_time() {
        Instant before = clock.instant();

        signIn(admin.getUsername(), TestAccounts.PASSWORD, realUser);

        assertThat(users.findById(admin.getId()).orElseThrow().getLastLoginAt()).isAfterOrEqualTo(before.minusMillis(1));
    }

    private void failTimes(String username, String address, int times) {
        for (int i = 0; i < times; i++) {
            assertThatThrownBy(() -> signIn(username, "wrong-password-1", address))
                    .isInstanceOf(BadCredentialsException.class);
        }
    }

    private Throwable failAndCatch(String username, String address) {
        try {
            signIn(username, "wrong-password-1", address);
        } catch (RuntimeException e) {
            return e;
        }
        throw new AssertionError("signed in with a wrong password");
    }

    private Authentication signIn(String username, String password, String address) {
        UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated(username,
                password);
        attempt.setDetails(new WebAuthenticationDetails(address, null));
        return authenticationManager.authenticate(attempt);
    }

    /** Addresses of the documentation range (RFC 5737), one per use. */
    private static String nextAddress() {
        int n = ADDRESSES.incrementAndGet();
        return "203.0." + (113 + n / 250) + "." + (1 + n % 250);
    }
}
