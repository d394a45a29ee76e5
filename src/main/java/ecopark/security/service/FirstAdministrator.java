package ecopark.security.service;

import ecopark.base.StartupRefusedException;
import ecopark.base.domain.BusinessRuleException;
import ecopark.base.i18n.TranslationProvider;
import ecopark.security.AppRole;
import ecopark.security.SystemActor;
import ecopark.security.domain.AppUser;
import ecopark.security.domain.AppUserRepository;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The one way into an empty production database (docs/operations.md): started once with
 * {@code ECOPARK_FIRST_ADMIN_USERNAME} and {@code ECOPARK_FIRST_ADMIN_PASSWORD}, the application creates that
 * administrator while no enabled administrator exists; the password follows the password rule and works only until
 * the first sign-in, which asks for a new one. Once an administrator exists the variables are ignored.
 */
@Component
class FirstAdministrator {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final AppUserRepository users;
    private final UserAdminService userAdmin;
    private final String username;
    private final String password;
    private final boolean demoData;

    FirstAdministrator(AppUserRepository users, UserAdminService userAdmin,
            @Value("${ecopark.first-admin.username:}") String username,
            @Value("${ecopark.first-admin.password:}") String password,
            @Value("${ecopark.demo-data:false}") boolean demoData) {
        this.users = users;
        this.userAdmin = userAdmin;
        this.username = username == null ? "" : username.trim();
        this.password = password == null ? "" : password;
        this.demoData = demoData;
    }

    /** Before the demo data (order 10) and the production safety check (order 100). */
    @EventListener(ApplicationReadyEvent.class)
    @Order(5)
    public void createOnEmptyDatabase() {
        create().ifPresent(created -> log.warn("First administrator \"{}\" created; its password must be changed at "
                + "first sign-in. Remove ECOPARK_FIRST_ADMIN_USERNAME and ECOPARK_FIRST_ADMIN_PASSWORD from the "
                + "environment.", created.getUsername()));
    }

    /** The administrator created now, or empty when one exists already or no variables were given. */
    Optional<AppUser> create() {
        boolean administratorExists = users.findByRole(AppRole.ADMIN).stream().anyMatch(AppUser::isEnabled);
        if (administratorExists) {
            if (!username.isEmpty() || !password.isEmpty()) {
                log.info("ECOPARK_FIRST_ADMIN_USERNAME/PASSWORD ignored: an administrator exists already.");
            }
            return Optional.empty();
        }
        if (username.isEmpty() || password.isEmpty()) {
            if (demoData) {
                return Optional.empty(); // the demo organisation brings its own administrator
            }
            log.warn("No enabled administrator account exists. To create the first one, start once with "
                    + "ECOPARK_FIRST_ADMIN_USERNAME and ECOPARK_FIRST_ADMIN_PASSWORD set (docs/operations.md).");
            return Optional.empty();
        }
        if (StartupSafetyCheck.isKnownPassword(password)) {
            throw refused("it is a published password");
        }
        try {
            return Optional.of(SystemActor.call(() -> userAdmin.create(new NewAccount(username,
                    TranslationProvider.translate(TranslationProvider.CHINESE, "setup.firstAdmin.displayName"),
                    null, AppRole.ADMIN, null, null, password, true))));
        } catch (BusinessRuleException rejected) {
            throw refused(TranslationProvider.translate(TranslationProvider.ENGLISH, rejected.messageKey(),
                    rejected.args()));
        }
    }

    private static StartupRefusedException refused(String reason) {
        return new StartupRefusedException("The first administrator cannot be created: " + reason + ".",
                "Correct ECOPARK_FIRST_ADMIN_USERNAME or ECOPARK_FIRST_ADMIN_PASSWORD (at least "
                        + PasswordPolicy.MIN_LENGTH + " characters with letters, digits and another character, "
                        + "not containing the username) and start again.");
    }
}
