package ecopark.security.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ecopark.ApplicationTest;
import ecopark.base.domain.BusinessRuleException;
import ecopark.base.domain.ConcurrentEditException;
import ecopark.security.AppRole;
import ecopark.security.SystemActor;
import ecopark.security.TestAccounts;
import ecopark.security.domain.AppUser;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.test.context.support.WithUserDetails;

@ApplicationTest
class UserAdminServiceTest {

    @Autowired UserAdminService userAdmin;
    @Autowired AuthenticationConfiguration authenticationConfiguration;

    @Test
    void an_initial_password_that_breaks_the_policy_is_refused() {
        assertRefused(() -> SystemActor.call(() -> userAdmin.create(new NewAccount("weak_pw", "弱密码", null,
                AppRole.ADMIN, null, null, "weak_pw-2026", true))), "password.error.containsUsername");
    }

    @Test
    void staff_need_a_park_that_exists() {
        assertRefused(() -> SystemActor.call(() -> userAdmin.create(new NewAccount("no_park", "无园区", null,
                AppRole.STAFF, 999_999L, null, TestAccounts.PASSWORD, true))), "user.error.parkRequired");
    }

    @Test
    void a_username_with_spaces_or_chinese_characters_is_refused() {
        assertRefused(() -> SystemActor.call(() -> userAdmin.create(new NewAccount("王 丽", "王丽", null,
                AppRole.ADMIN, null, null, TestAccounts.PASSWORD, true))), "user.error.usernameFormat");
    }

    @Test
    @WithUserDetails("admin")
    void a_percent_sign_or_underscore_in_the_filter_is_matched_literally() {
        assertThat(userAdmin.countUsers("%")).isZero();
        assertThat(userAdmin.findUsers("cc_", Pageable.unpaged()).getContent())
                .allSatisfy(u -> assertThat(u.username()).contains("cc_")).isNotEmpty();
        assertThat(userAdmin.countUsers("staf_")).isZero();
    }

    @Test
    @WithUserDetails("admin")
    void an_administrator_can_neither_disable_nor_demote_themselves() {
        UserListItem me = userAdmin.findUsers("admin", Pageable.unpaged()).getContent().stream()
                .filter(u -> u.username().equals("admin")).findFirst().orElseThrow();

        assertRefused(() -> userAdmin.setEnabled(me.id(), false), "user.error.disableSelf");
        assertRefused(() -> userAdmin.update(me.id(), me.version(),
                new AccountChanges(me.displayName(), null, AppRole.MANAGER, null, me.jurisdictionId())),
                "user.error.jurisdictionRequired");
        Long bureau = userAdmin.jurisdictionChoices().get(0).id();
        assertRefused(() -> userAdmin.update(me.id(), me.version(),
                new AccountChanges(me.displayName(), null, AppRole.MANAGER, null, bureau)), "user.error.ownRole");
    }

    @Test
    void an_edit_based_on_an_old_version_is_refused() {
        AppUser account = TestAccounts.create(userAdmin, "stale", AppRole.ADMIN, false);
        UserListItem read = SystemActor.call(() -> userAdmin.get(account.getId()));
        SystemActor.call(() -> userAdmin.update(account.getId(), read.version(),
                new AccountChanges("新名字", null, AppRole.ADMIN, null, null)));

        assertThatThrownBy(() -> SystemActor.call(() -> userAdmin.update(account.getId(), read.version(),
                new AccountChanges("旧表单", null, AppRole.ADMIN, null, null))))
                .isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void signing_in_does_not_make_an_open_edit_form_stale() throws Exception {
        AppUser account = TestAccounts.create(userAdmin, "busy", AppRole.ADMIN, false);
        UserListItem read = SystemActor.call(() -> userAdmin.get(account.getId()));

        authenticationConfiguration.getAuthenticationManager().authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(account.getUsername(), TestAccounts.PASSWORD));
        UserListItem updated = SystemActor.call(() -> userAdmin.update(account.getId(), read.version(),
                new AccountChanges("改名", "gm@example.gov.cn", AppRole.ADMIN, null, null)));

        assertThat(updated.displayName()).isEqualTo("改名");
        assertThat(updated.lastLoginAt()).as("the login is kept as well").isNotNull();
    }

    @Test
    @WithUserDetails("cc_manager")
    void only_administrators_manage_accounts() {
        assertThatThrownBy(() -> userAdmin.findUsers(null, Pageable.unpaged()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> userAdmin.resetPassword(1L, null)).isInstanceOf(AccessDeniedException.class);
    }

    private static void assertRefused(ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(BusinessRuleException.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
