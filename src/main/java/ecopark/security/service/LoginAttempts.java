package ecopark.security.service;

import ecopark.security.SignedInUser;
import ecopark.security.domain.AppUserRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Guards against password guessing: {@value #MAX_FAILURES} wrong passwords in a row lock the account for
 * 15 minutes (the login page says so); a successful sign-in forgets the failures and records the time. Listens to
 * the events Spring Security publishes for every form and HTTP Basic login.
 */
@Component
class LoginAttempts {

    static final int MAX_FAILURES = 5;
    static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);

    private final AppUserRepository users;
    private final Clock clock;

    LoginAttempts(AppUserRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void onWrongPassword(AuthenticationFailureBadCredentialsEvent event) {
        String username = event.getAuthentication().getName() == null ? "" : event.getAuthentication().getName().trim();
        // An unknown username updates no row; nothing to lock.
        if (users.countFailedLogin(username) == 0) {
            return;
        }
        Instant until = clock.instant().plus(LOCK_DURATION);
        if (users.lockAfterFailures(username, MAX_FAILURES, until) > 0) {
            log.warn("Account {} locked until {} after {} wrong passwords", username, until, MAX_FAILURES);
        }
    }

    @EventListener
    @Transactional
    public void onSignIn(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof SignedInUser user) {
            users.recordSuccessfulLogin(user.id(), clock.instant());
        }
    }
}
