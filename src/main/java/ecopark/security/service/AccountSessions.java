package ecopark.security.service;

import ecopark.security.SignedInUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Ends the open sessions of an account whose access changed. The session is only marked expired here; Spring
 * Security's concurrent-session filter invalidates it on the user's next request and sends them to the login page
 * ({@link ExpiredSessionResponse}), which also closes their Vaadin UIs with the HTTP session. This node's sessions
 * end at once; the other application nodes end theirs within seconds ({@link SessionRevocations}).
 */
@Component
class AccountSessions {

    private static final Logger log = LoggerFactory.getLogger(AccountSessions.class);

    private final SessionRegistry registry;

    AccountSessions(SessionRegistry registry) {
        this.registry = registry;
    }

    /** After commit, so a user who signs in again in between already meets the changed account. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onAccessChanged(AccountAccessChanged event) {
        int ended = end(event.userId());
        if (ended > 0) {
            log.info("Ended {} session(s) of user {} after a change to their account", ended, event.userId());
        }
    }

    /** Expires every session of the user; returns how many. */
    int end(long userId) {
        int count = 0;
        // Matched by id, not by equality: the principal of a session is the snapshot taken at its login.
        for (Object principal : registry.getAllPrincipals()) {
            if (principal instanceof SignedInUser user && user.id() == userId) {
                for (SessionInformation session : registry.getAllSessions(principal, false)) {
                    session.expireNow();
                    count++;
                }
            }
        }
        return count;
    }
}
