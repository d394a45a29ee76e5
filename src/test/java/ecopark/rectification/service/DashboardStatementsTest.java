package ecopark.rectification.service;

import static org.assertj.core.api.Assertions.assertThat;

import ecopark.ActingUsers;
import ecopark.ApplicationTest;
import ecopark.StatementCounter;
import ecopark.park.domain.Park;
import ecopark.park.service.ParkAdminService;
import ecopark.security.SignedInUser;
import ecopark.security.SystemActor;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The managers' dashboard sends the same statements, parameters and all, however many parks its bureau has: the
 * parks are joined by jurisdiction, never listed by id (issue 14).
 */
@ApplicationTest
@Import(StatementCounter.Config.class)
class DashboardStatementsTest {

    @Autowired DashboardService dashboards;
    @Autowired ParkAdminService parks;
    @Autowired UserDetailsService accounts;
    @Autowired ActingUsers acting;
    @Autowired StatementCounter counter;
    @Autowired Clock clock;

    @Test
    void the_dashboard_does_not_grow_with_the_parks_of_the_bureau() {
        DashboardFilter filter = new DashboardFilter(LocalDate.now(clock).getYear(), null, null, null);
        var before = acting.as("cc_manager", () -> counter.record(() -> dashboards.dashboard(filter)));
        long bureau = ((SignedInUser) accounts.loadUserByUsername("cc_manager")).jurisdictionId();
        for (int i = 0; i < 5; i++) {
            int n = i;
            SystemActor.run(() -> {
                Park park = new Park("计数园区" + n, bureau);
                park.setProvince("吉林省");
                park.setCity("长春市");
                park.setStreetAddress("卫星路 " + (n + 1) + " 号");
                park.setConstructionBaseYear(2016);
                park.setPhone("0431-84630074");
                park.setEmail("count@example.gov.cn");
                parks.save(park);
            });
        }
        var after = acting.as("cc_manager", () -> counter.record(() -> dashboards.dashboard(filter)));

        assertThat(after.result().totals()).isEqualTo(before.result().totals());
        assertThat(after.statements()).isEqualTo(before.statements());
        List<String> statistics = after.statements().stream().filter(s -> s.contains("rectification_task")).toList();
        assertThat(statistics).isNotEmpty().allSatisfy(s -> assertThat(s).doesNotContain("park_id in"));
    }
}
