package ecopark.security.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ecopark.ApplicationTest;
import ecopark.base.StartupRefusedException;
import ecopark.security.AppRole;
import ecopark.security.domain.AppUser;
import ecopark.security.domain.AppUserRepository;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one-time step that creates the first administrator of an empty production database. Each test takes the
 * demo administrator away inside its own transaction, which is rolled back afterwards.
 */
@ApplicationTest
@Transactional
class FirstAdministratorTest {

    @Autowired AppUserRepository users;
    @Autowired UserAdminService userAdmin;
    @Autowired PasswordEncoder passwordEncoder;

    @Test
    void without_an_administrator_the_variables_create_one_who_must_change_the_password_at_first_sign_in() {
        disableEveryAdministrator();

        Optional<AppUser> created = step("bureau_ops", "Green-Bureau#5").create();

        assertThat(created).isPresent();
        AppUser admin = users.findByUsername("bureau_ops").orElseThrow();
        assertThat(admin.getRole()).isEqualTo(AppRole.ADMIN);
        assertThat(admin.isEnabled()).isTrue();
        assertThat(admin.isMustChangePassword()).isTrue();
        assertThat(admin.getDisplayName()).isEqualTo("系统管理员");
        assertThat(passwordEncoder.matches("Green-Bureau#5", admin.getPasswordHash())).isTrue();
    }

    @Test
    void once_an_administrator_exists_the_variables_are_ignored() {
        assertThat(step("bureau_ops", "Green-Bureau#5").create()).isEmpty();
        assertThat(users.existsByUsername("bureau_ops")).isFalse();
    }

    @Test
    void without_the_variables_nothing_is_created_and_there_is_no_default_password() {
        disableEveryAdministrator();

        assertThat(step("", "").create()).isEmpty();
        assertThat(step("bureau_ops", "").create()).isEmpty();
        assertThat(users.existsByUsername("bureau_ops")).isFalse();
    }

    @Test
    void a_password_the_password_rule_refuses_stops_the_start_with_the_reason() {
        disableEveryAdministrator();

        assertThatThrownBy(() -> step("bureau_ops", "short1#").create())
                .isInstanceOf(StartupRefusedException.class)
                .hasMessageContaining("The first administrator cannot be created")
                .hasMessageContaining("at least 10 characters");
        assertThat(users.existsByUsername("bureau_ops")).isFalse();
    }

    @Test
    void the_published_demo_password_is_refused_for_the_first_administrator() {
        disableEveryAdministrator();

        assertThatThrownBy(() -> step("bureau_ops", "Ecopark#2026").create())
                .isInstanceOf(StartupRefusedException.class)
                .hasMessageContaining("published password");
    }

    private FirstAdministrator step(String username, String password) {
        return new FirstAdministrator(users, userAdmin, username, password, false);
    }

    private void disableEveryAdministrator() {
        users.findByRole(AppRole.ADMIN).forEach(admin -> admin.setEnabled(false));
        users.flush();
    }
}
