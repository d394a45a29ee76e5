package ecopark.security.service;

import static org.assertj.core.api.Assertions.assertThat;

import ecopark.ApplicationTest;
import ecopark.base.StartupRefusedException;
import ecopark.security.AppRole;
import ecopark.security.domain.AppUserRepository;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The production check against the database the demo data really creates (the test profile loads it). */
@ApplicationTest
class StartupSafetyCheckOnDemoDataTest {

    @Autowired AppUserRepository users;
    @Autowired PasswordEncoder passwordEncoder;

    @Test
    void the_demo_database_is_refused_and_the_message_names_every_demo_account() {
        Optional<StartupRefusedException> refusal = StartupSafetyCheck.refusal(
                users.findByUsernameIn(StartupSafetyCheck.DEMO_USERNAMES), users.findByRole(AppRole.ADMIN),
                passwordEncoder);

        assertThat(refusal).isPresent();
        assertThat(refusal.get().getMessage()).contains(StartupSafetyCheck.DEMO_USERNAMES);
    }

    @Test
    void without_the_other_demo_accounts_the_demo_administrator_alone_is_refused_for_its_password() {
        Optional<StartupRefusedException> refusal = StartupSafetyCheck.refusal(
                java.util.List.of(), users.findByRole(AppRole.ADMIN), passwordEncoder);

        assertThat(refusal).get().extracting(Throwable::getMessage).asString()
                .contains("administrator account admin");
    }
}
