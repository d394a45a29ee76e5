package ecopark.desk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ecopark.ActingUsers;
import ecopark.ApplicationTest;
import ecopark.TestClock;
import ecopark.base.audit.AuditSubject;
import ecopark.base.audit.AuditTrail;
import ecopark.notification.service.NotificationItem;
import ecopark.notification.service.Notifications;
import ecopark.park.domain.ParkRepository;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * 催办 as the province's manager uses it (the demo's 江苏省生态环境厅, a province, with the Suzhou park below it): the
 * park's staff are told, the audit trail records it, the park sees it, a park is reminded at most once a day, and
 * nobody but a province's manager over the park may remind it. Report years are not touched: a reminder needs none.
 */
@ApplicationTest
class ParkChasesTest {

    private static final int YEAR = 4470;

    @Autowired ParkChases chases;
    @Autowired Notifications notifications;
    @Autowired AuditTrail audit;
    @Autowired ParkRepository parks;
    @Autowired ActingUsers acting;
    @Autowired TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private long suzhou() {
        return parks.findAll().stream().filter(p -> p.getName().equals("苏州高新技术产业开发区")).findFirst()
                .orElseThrow().getId();
    }

    private long changchun() {
        return parks.findAll().stream().filter(p -> p.getName().equals("长春经济技术开发区")).findFirst()
                .orElseThrow().getId();
    }

    @Test
    void the_province_reminds_a_park_once_a_day_its_staff_are_told_and_the_park_sees_who() {
        long park = suzhou();
        clock.advance(Duration.ofDays(3)); // a day of its own, whatever other tests did today
        int before = acting.as("sz_staff", () -> notifications.recent(100)).size();

        ChaseOutcome first = acting.as("sz_manager", () -> chases.chase(List.of(park), YEAR));

        assertThat(first.chased()).singleElement().satisfies(c -> {
            assertThat(c.jurisdictionName()).isEqualTo("江苏省生态环境厅");
            assertThat(c.chasedByName()).isEqualTo("吴军");
        });
        assertThat(first.alreadyToday()).isEmpty();
        List<NotificationItem> told = acting.as("sz_staff", () -> notifications.recent(100));
        assertThat(told).hasSize(before + 1);
        assertThat(told.get(0).messageKey()).isEqualTo("notification.desk.chased");
        assertThat(told.get(0).args()).containsExactly("江苏省生态环境厅", first.chased().get(0).on().toString(),
                String.valueOf(YEAR));
        assertThat(audit.of(AuditSubject.PARK, park)).anyMatch(e -> e.getAction().equals("PARK_CHASED"));
        assertThat(acting.as("sz_staff", () -> chases.latest(park, YEAR))).get()
                .satisfies(c -> assertThat(c.jurisdictionName()).isEqualTo("江苏省生态环境厅"));

        // The same day again: nobody is reminded twice, and the desk learns who did it
        ChaseOutcome again = acting.as("sz_manager", () -> chases.chase(List.of(park), YEAR));
        assertThat(again.chased()).isEmpty();
        assertThat(again.alreadyToday()).singleElement()
                .satisfies(c -> assertThat(c.at()).isEqualTo(first.chased().get(0).at()));
        assertThat(acting.as("sz_staff", () -> notifications.recent(100))).hasSize(before + 1);

        // The next day the park may be reminded again
        clock.advance(Duration.ofDays(1));
        assertThat(acting.as("sz_manager", () -> chases.chase(List.of(park), YEAR)).chased()).hasSize(1);
        assertThat(acting.as("sz_manager", () -> chases.of(park, YEAR))).hasSize(2);
    }

    @Test
    void only_a_province_manager_over_the_park_may_remind_it_and_a_list_with_one_foreign_park_reminds_none() {
        long park = suzhou();
        for (String user : List.of("sz_staff", "tj_reviewer", "cc_manager", "admin")) {
            assertThat(acting.as(user, () -> chases.mayChase(park))).as(user).isFalse();
            assertThatThrownBy(() -> acting.as(user, () -> chases.chase(List.of(park), YEAR))).as(user)
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(acting.as("sz_manager", () -> chases.mayChase(park))).isTrue();
        assertThat(acting.as("sz_manager", () -> chases.mayChase(changchun()))).isFalse();

        clock.advance(Duration.ofDays(10));
        assertThatThrownBy(() -> acting.as("sz_manager", () -> chases.chase(List.of(park, changchun()), YEAR)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(acting.as("sz_manager", () -> chases.of(park, YEAR)))
                .noneMatch(c -> c.on().equals(LocalDate.now(clock)));
        assertThatThrownBy(() -> acting.as("tj_staff", () -> chases.of(park, YEAR)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
