package ecopark.security.service;

import ecopark.base.audit.AuditAction;
import ecopark.base.audit.AuditSubject;
import ecopark.base.audit.AuditTrail;
import ecopark.base.domain.PlainText;
import ecopark.security.SignedInUser;
import ecopark.security.domain.AppUser;
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
    private final AuditTrail audit;

    LoginAttempts(AppUserRepository users, Clock clock, AuditTrail audit) {
        this.audit = audit;
        this.users = users;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void onWrongPassword(AuthenticationFailureBadCredentialsEvent event) {
        String username = event.getAuthentication().getName() == null ? "" : event.getAuthentication().getName().trim();
        // An unknown username updates no row; nothing to lock, but the attempt is kept (as typed, shortened).
        if (users.countFailedLogin(username) == 0) {
            audit.record(AuditTrail.SYSTEM, AuditAction.SIGN_IN_FAILED, AuditSubject.USER, 0, null,
                    PlainText.withoutForbidden(username.length() > 50 ? username.substring(0, 50) : username));
            return;
        }
        AppUser user = users.findByUsername(username).orElseThrow();
        audit.record(AuditTrail.SYSTEM, AuditAction.SIGN_IN_FAILED, AuditSubject.USER, user.getId(), user.getParkId(),
                user.getUsername());
        Instant until = clock.instant().plus(LOCK_DURATION);
        if (users.lockAfterFailures(username, MAX_FAILURES, until) > 0) {
            log.warn("Account {} locked until {} after {} wrong passwords", username, until, MAX_FAILURES);
            audit.record(AuditTrail.SYSTEM, AuditAction.ACCOUNT_LOCKED, AuditSubject.USER, user.getId(),
                    user.getParkId(), user.getUsername(), LOCK_DURATION.toMinutes());
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
