package ecopark.security.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ecopark.ApplicationTest;
import ecopark.TestClock;
import ecopark.security.SystemActor;
import ecopark.security.TestAccounts;
import ecopark.security.domain.AppUser;
import ecopark.security.domain.AppUserRepository;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;

@ApplicationTest
class AccountLockoutTest {

    @Autowired AuthenticationConfiguration authenticationConfiguration;
    @Autowired UserAdminService userAdmin;
    @Autowired AppUserRepository users;
    @Autowired TestClock clock;

    AuthenticationManager authenticationManager;
    AppUser account;

    @BeforeEach
    void setUp() throws Exception {
        authenticationManager = authenticationConfiguration.getAuthenticationManager();
        account = TestAccounts.create(userAdmin, "lock", ecopark.security.AppRole.STAFF, false);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void five_wrong_passwords_lock_the_account_even_against_the_right_one() {
        failTimes(5);

        assertThatThrownBy(() -> signIn(TestAccounts.PASSWORD)).isInstanceOf(LockedException.class);
        assertThat(reload().getLockedUntil()).isBetween(Instant.now().plus(Duration.ofMinutes(14)),
                Instant.now().plus(Duration.ofMinutes(16)));
    }

    @Test
    void four_wrong_passwords_do_not_lock_and_a_right_one_forgets_them() {
        failTimes(4);
        signIn(TestAccounts.PASSWORD);

        assertThat(reload().getFailedLogins()).isZero();
        failTimes(4);
        assertThat(signIn(TestAccounts.PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void the_lock_ends_after_fifteen_minutes() {
        failTimes(5);

        clock.advance(Duration.ofMinutes(14));
        assertThatThrownBy(() -> signIn(TestAccounts.PASSWORD)).isInstanceOf(LockedException.class);

        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        assertThat(signIn(TestAccounts.PASSWORD).isAuthenticated()).isTrue();
        assertThat(reload().getLockedUntil()).isNull();
    }

    @Test
    void a_successful_sign_in_records_its_time() {
        Instant before = clock.instant();

        signIn(TestAccounts.PASSWORD);

        assertThat(reload().getLastLoginAt()).isAfterOrEqualTo(before.minusMillis(1));
    }

    @Test
    void an_administrator_can_lift_the_lock_early() {
        failTimes(5);

        SystemActor.run(() -> userAdmin.unlock(account.getId()));

        assertThat(signIn(TestAccounts.PASSWORD).isAuthenticated()).isTrue();
    }

    private void failTimes(int times) {
        for (int i = 0; i < times; i++) {
            assertThatThrownBy(() -> signIn("wrong-password-1")).isInstanceOf(BadCredentialsException.class);
        }
    }

    private Authentication signIn(String password) {
        return authenticationManager.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(account.getUsername(), password));
    }

    private AppUser reload() {
        return users.findById(account.getId()).orElseThrow();
    }
}
