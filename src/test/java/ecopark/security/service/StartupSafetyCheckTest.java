package ecopark.security.service;

import static org.assertj.core.api.Assertions.assertThat;

import ecopark.base.StartupRefusedException;
import ecopark.security.AppRole;
import ecopark.security.domain.AppUser;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

class StartupSafetyCheckTest {

    // The lowest BCrypt cost keeps the test fast; the check only compares.
    private final PasswordEncoder encoder = new BCryptPasswordEncoder(4);

    @Test
    void a_database_with_demo_accounts_is_refused_naming_them() {
        AppUser demo = account("cc_staff", "Own-choice#77", AppRole.STAFF);

        Optional<StartupRefusedException> refusal = StartupSafetyCheck.refusal(List.of(demo), List.of(), encoder);

        assertThat(refusal).get().extracting(Throwable::getMessage).asString()
                .contains("demo accounts exist").contains("cc_staff");
    }

    @Test
    void an_administrator_still_on_the_demo_password_is_refused_naming_the_account() {
        AppUser admin = account("admin", "Ecopark#2026", AppRole.ADMIN);
        AppUser other = account("ops", "Green-Bureau#5", AppRole.ADMIN);

        Optional<StartupRefusedException> refusal =
                StartupSafetyCheck.refusal(List.of(), List.of(other, admin), encoder);

        assertThat(refusal).get().extracting(Throwable::getMessage).asString()
                .contains("administrator account admin ").doesNotContain("ops");
        assertThat(refusal.get().getAction()).contains("Change that password");
    }

    @Test
    void administrators_with_their_own_passwords_and_disabled_ones_let_the_start_go_on() {
        AppUser admin = account("admin", "Green-Bureau#5", AppRole.ADMIN);
        AppUser disabled = account("old_admin", "Ecopark#2026", AppRole.ADMIN);
        disabled.setEnabled(false);

        assertThat(StartupSafetyCheck.refusal(List.of(), List.of(admin, disabled), encoder)).isEmpty();
    }

    @Test
    void the_published_passwords_are_known() {
        assertThat(StartupSafetyCheck.isKnownPassword("Ecopark#2026")).isTrue();
        assertThat(StartupSafetyCheck.isKnownPassword("Password1!")).isTrue();
        assertThat(StartupSafetyCheck.isKnownPassword("Green-Bureau#5")).isFalse();
    }

    private AppUser account(String username, String password, AppRole role) {
        return new AppUser(username, encoder.encode(password), username, role);
    }
}
