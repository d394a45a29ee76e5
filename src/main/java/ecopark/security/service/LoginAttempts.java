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
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the books of sign-ins, from the events Spring Security publishes for every form and HTTP Basic login: a wrong
 * password is recorded in the audit trail, and so is the moment the {@link SignInThrottle} starts slowing an account or
 * address; a right one records the time — at most once per {@link #RECORD_SIGN_IN_EVERY} and account, because an
 * integration signing in with HTTP Basic does so on every request, and a write per request cost more than the request.
 * Sign-ins with an API token are not sign-ins of the person: the token's own list shows when it was last used.
 */
@Component
class LoginAttempts {

    private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);
    private static final int MAX_RECORDED_NAME = 50;
    static final Duration RECORD_SIGN_IN_EVERY = Duration.ofMinutes(1);

    private final AppUserRepository users;
    private final Clock clock;
    private final AuditTrail audit;
    private final SignInThrottle throttle;
    /** When this node last wrote each account's sign-in time (one entry per account that signed in). */
    private final Map<Long, Instant> recorded = new ConcurrentHashMap<>();

    LoginAttempts(AppUserRepository users, Clock clock, AuditTrail audit, SignInThrottle throttle) {
        this.audit = audit;
        this.users = users;
        this.clock = clock;
        this.throttle = throttle;
    }

    @EventListener
    @Transactional
    public void onWrongPassword(AuthenticationFailureBadCredentialsEvent event) {
        String username = event.getAuthentication().getName() == null ? "" : event.getAuthentication().getName().trim();
        String address = SignInProvider.clientAddress(event.getAuthentication());
        // An unknown username is recorded as typed (shortened, without control characters) and slowed the same way.
        Optional<AppUser> user = users.findByUsername(username);
        long id = user.map(AppUser::getId).orElse(0L);
        Long parkId = user.map(AppUser::getParkId).orElse(null);
        String name = user.map(AppUser::getUsername).orElseGet(() -> typedName(username));
        audit.record(AuditTrail.SYSTEM, AuditAction.SIGN_IN_FAILED, AuditSubject.USER, id, parkId, name);
        if (throttle.startsSlowing(username, address)) {
            log.warn("Sign-ins for {} from {} slowed to one per {} s after {} wrong passwords", name, address,
                    SignInThrottle.SPACING.toSeconds(), SignInThrottle.FREE_FAILURES);
            audit.record(AuditTrail.SYSTEM, AuditAction.SIGN_IN_THROTTLED, AuditSubject.USER, id, parkId, name,
                    address == null ? "-" : address, SignInThrottle.SPACING.toSeconds());
        }
    }

    /** No transaction here: most sign-ins write nothing; the UPDATE that does is a transaction of its own. */
    @EventListener
    public void onSignIn(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof SignedInUser user) {
            Instant now = clock.instant();
            Instant last = recorded.get(user.id());
            if (last != null && last.plus(RECORD_SIGN_IN_EVERY).isAfter(now) && !last.isAfter(now)) {
                return;
            }
            recorded.put(user.id(), now);
            // Another node may have written it meanwhile: the UPDATE's own condition keeps that one.
            users.recordSuccessfulLogin(user.id(), now, now.minus(RECORD_SIGN_IN_EVERY));
        }
    }

    private static String typedName(String username) {
        return PlainText.withoutForbidden(username.length() > MAX_RECORDED_NAME
                ? username.substring(0, MAX_RECORDED_NAME) : username);
    }
}
