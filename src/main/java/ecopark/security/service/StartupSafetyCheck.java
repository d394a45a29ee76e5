package ecopark.security.service;

import ecopark.base.StartupRefusedException;
import ecopark.security.AppRole;
import ecopark.security.domain.AppUser;
import ecopark.security.domain.AppUserRepository;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The production profile refuses to start while the demo organisation's accounts exist or an administrator still
 * signs in with a published password (docs/operations.md). Runs after the first administrator and any demo data
 * were created, so a database seeded by this very start is refused too.
 * <p>
 * The known passwords are compared with BCrypt (about 70 ms a comparison), so only enabled administrator accounts
 * are checked at every start; other accounts cannot be given these passwords, which the password rule refuses.
 */
@Component
@ConditionalOnProperty(name = "ecopark.startup-safety-check", havingValue = "true")
class StartupSafetyCheck {

    /** The accounts DemoData creates besides "admin" (a name a real operator may choose; its password decides). */
    static final Set<String> DEMO_USERNAMES = Set.of("cc_staff", "cc_reviewer1", "cc_reviewer2", "cc_manager",
            "tj_staff", "tj_reviewer", "sz_staff", "sz_manager");
    /** Passwords published in README or the issue tracker. */
    static final List<String> KNOWN_PASSWORDS = List.of("Ecopark#2026", "Password1!");

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;

    StartupSafetyCheck(AppUserRepository users, PasswordEncoder passwordEncoder) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(100)
    public void verify() {
        Optional<StartupRefusedException> refusal = refusal(users.findByUsernameIn(DEMO_USERNAMES),
                users.findByRole(AppRole.ADMIN), passwordEncoder);
        if (refusal.isPresent()) {
            throw refusal.get();
        }
    }

    static Optional<StartupRefusedException> refusal(List<AppUser> demoAccounts, List<AppUser> administrators,
            PasswordEncoder passwordEncoder) {
        if (!demoAccounts.isEmpty()) {
            return Optional.of(new StartupRefusedException(
                    "Refusing to start: demo accounts exist in this database: " + usernames(demoAccounts) + ".",
                    "Use a database without the demo data (ecopark.demo-data=false) or delete these accounts."));
        }
        List<AppUser> onKnownPassword = administrators.stream()
                .filter(AppUser::isEnabled)
                .filter(user -> isKnown(user.getPasswordHash(), passwordEncoder))
                .toList();
        if (!onKnownPassword.isEmpty()) {
            return Optional.of(new StartupRefusedException(
                    "Refusing to start: administrator account " + usernames(onKnownPassword)
                            + " still has a published password (such as the demo password).",
                    "Change that password: reset it from another administrator account, or start once with "
                            + "--ecopark.startup-safety-check=false where only you can reach the server, sign in, "
                            + "change it and restart without that option."));
        }
        return Optional.empty();
    }

    static boolean isKnownPassword(String password) {
        return password != null && KNOWN_PASSWORDS.contains(password);
    }

    private static boolean isKnown(String hash, PasswordEncoder passwordEncoder) {
        return KNOWN_PASSWORDS.stream().anyMatch(known -> passwordEncoder.matches(known, hash));
    }

    private static String usernames(List<AppUser> accounts) {
        return String.join(", ", accounts.stream().map(AppUser::getUsername).sorted().toList());
    }
}
