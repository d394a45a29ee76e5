package ecopark.base.mysql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ecopark.base.domain.ConcurrentEditException;
import ecopark.park.domain.Jurisdiction;
import ecopark.park.domain.Park;
import ecopark.park.domain.ParkType;
import ecopark.park.service.ParkAdminService;
import ecopark.security.AppRole;
import ecopark.security.SystemActor;
import ecopark.security.domain.AppUser;
import ecopark.security.domain.AppUserRepository;
import ecopark.security.service.NewAccount;
import ecopark.security.service.SignInThrottledException;
import ecopark.security.service.UserAdminService;
import ecopark.security.service.UserListItem;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Sign-in bookkeeping, account search and the park rules on MySQL/MariaDB, where H2 might have hidden a difference. */
@org.junit.jupiter.api.extension.ExtendWith(ecopark.ThisContextsSecurityStrategy.class)
@SpringBootTest
@ActiveProfiles("mysql")
@EnabledIfEnvironmentVariable(named = MySqlDatabase.URL_VARIABLE, matches = ".+")
class AccountAndParkAdminIT {

    static final String PASSWORD = "Gr33n-Park!";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        MySqlDatabase.register(registry, MySqlDatabase.url());
    }

    @Autowired UserAdminService userAdmin;
    @Autowired ParkAdminService parkAdmin;
    @Autowired AppUserRepository users;
    @Autowired AuthenticationConfiguration authenticationConfiguration;

    @Test
    void five_wrong_passwords_slow_the_account_without_locking_it_and_a_login_is_recorded() throws Exception {
        AuthenticationManager manager = authenticationConfiguration.getAuthenticationManager();
        String username = "it_lock_" + System.nanoTime() % 1_000_000;
        AppUser account = SystemActor.call(() -> userAdmin.create(new NewAccount(username, "锁定测试", null,
                AppRole.ADMIN, null, null, PASSWORD, false)));
        manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, PASSWORD));
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> manager.authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated(username, "Wrong-pass-1")))
                    .isInstanceOf(BadCredentialsException.class);
        }

        assertThatThrownBy(() -> manager.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(username, PASSWORD)))
                .isInstanceOf(SignInThrottledException.class);

        assertThat(users.findById(account.getId()).orElseThrow().getLastLoginAt())
                .isCloseTo(Instant.now(), within(1, ChronoUnit.MINUTES));
    }

    @Test
    void accounts_are_found_by_part_of_their_chinese_name_whatever_the_case_of_the_username() {
        String username = "IT_Search_" + System.nanoTime() % 1_000_000;
        SystemActor.call(() -> userAdmin.create(new NewAccount(username, "欧阳明月", null, AppRole.ADMIN, null, null,
                PASSWORD, true)));

        var byName = SystemActor.call(() -> userAdmin.findUsers("阳明", PageRequest.of(0, 50)));
        var byUsername = SystemActor.call(() -> userAdmin.findUsers(username.toLowerCase(), PageRequest.of(0, 50)));

        assertThat(byName.getContent()).extracting(UserListItem::username).contains(username);
        assertThat(byUsername.getContent()).extracting(UserListItem::username).containsExactly(username);
    }

    @Test
    void a_park_with_every_field_round_trips_and_a_stale_edit_is_refused() {
        String name = "四平红嘴经济开发区" + System.nanoTime();
        Park saved = SystemActor.call(() -> {
            Jurisdiction bureau = parkAdmin.save(new Jurisdiction("四平市生态环境局" + System.nanoTime(), "吉林省"));
            Park park = new Park(name, bureau.getId());
            park.setProvince("吉林省");
            park.setCity("四平市");
            park.setStreetAddress("红嘴路 1 号");
            park.setPostcode("136000");
            park.setType(ParkType.OTHER);
            park.setTypeNote("循环经济产业园");
            park.setPhone("0434-5123456");
            park.setEmail("hz@sp.gov.cn");
            park.setConstructionBaseYear(2015);
            return parkAdmin.save(park);
        });
        Park mine = SystemActor.call(() -> parkAdmin.getPark(saved.getId()));
        Park theirs = SystemActor.call(() -> parkAdmin.getPark(saved.getId()));
        theirs.setCity("公主岭市");
        SystemActor.call(() -> parkAdmin.save(theirs));

        mine.setPhone("13912345678");

        assertThatThrownBy(() -> SystemActor.call(() -> parkAdmin.save(mine)))
                .isInstanceOf(ConcurrentEditException.class);
        Park stored = SystemActor.call(() -> parkAdmin.getPark(saved.getId()));
        assertThat(stored.getTypeNote()).isEqualTo("循环经济产业园");
        assertThat(stored.getPhone()).isEqualTo("0434-5123456");
        assertThat(stored.getCity()).isEqualTo("公主岭市");
    }
}
