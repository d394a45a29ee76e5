package ecopark.rectification.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ecopark.ActingUsers;
import ecopark.ApplicationTest;
import ecopark.HierarchyFixtures;
import ecopark.rectification.domain.RectificationSource;
import ecopark.security.SignedInUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Inspection rounds across the levels (AccessPolicy's MANAGE_TASKS reaches down the tree, acting for a bureau stays
 * at one's own level): a province's round reaches its city's park and shows to the city, but only the province fills
 * it; the city's round is filled by the city only.
 */
@ApplicationTest
class RoundsAcrossLevelsTest {

    @Autowired TaskCommands commands;
    @Autowired TaskQueries queries;
    @Autowired ActingUsers acting;
    @Autowired HierarchyFixtures hierarchy;
    @Autowired UserDetailsService accounts;
    @Autowired Clock clock;

    @Test
    void a_provinces_round_reaches_its_citys_park_and_only_the_province_fills_it() {
        hierarchy.tree();
        long park = ((SignedInUser) accounts.loadUserByUsername("cc_staff")).parkId();
        LocalDate today = LocalDate.now(clock);
        String province = HierarchyFixtures.PROVINCE_MANAGER;
        RoundItem round = acting.as(province, () -> commands.createRound(new NewRound(null,
                RectificationSource.CENTRAL_INSPECTION, "省级督察 " + System.nanoTime(), today)));

        long task = acting.as(province, () -> commands.create(task(park, round.id(), today)));
        // The task is park A's: the city reads it and, managing its park's tasks, may correct it.
        assertThat(acting.as("cc_manager", () -> queries.get(task)).may().edit()).isTrue();
        assertThat(acting.as("cc_manager", () -> queries.rounds())).extracting(RoundItem::id).contains(round.id());
        assertThat(acting.as("cc_staff", () -> queries.rounds())).extracting(RoundItem::id).contains(round.id());
        assertThat(acting.as("cc_manager", () -> queries.importableRounds())).extracting(RoundItem::id)
                .doesNotContain(round.id());
        assertThat(acting.as(province, () -> queries.importableRounds())).extracting(RoundItem::id)
                .contains(round.id());
        assertThatThrownBy(() -> acting.as("cc_manager", () -> commands.create(task(park, round.id(), today))))
                .isInstanceOf(AccessDeniedException.class);
        // Another province's manager neither sees the round nor the task.
        assertThat(acting.as("sz_manager", () -> queries.rounds())).extracting(RoundItem::id)
                .doesNotContain(round.id());
        assertThatThrownBy(() -> acting.as("sz_manager", () -> queries.get(task)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_citys_round_is_filled_by_the_city_not_by_the_province_above() {
        hierarchy.tree();
        long park = ((SignedInUser) accounts.loadUserByUsername("cc_staff")).parkId();
        LocalDate today = LocalDate.now(clock);
        RoundItem round = acting.as("cc_manager", () -> commands.createRound(new NewRound(null,
                RectificationSource.CENTRAL_INSPECTION, "市级检查 " + System.nanoTime(), today)));
        assertThat(acting.as(HierarchyFixtures.PROVINCE_MANAGER, () -> queries.rounds())).extracting(RoundItem::id)
                .contains(round.id());
        List<LedgerEntry> ledger = List.of(new LedgerEntry(park, "台账问题", null, "经开区生态环境分局", "王丽",
                today, today.plusDays(30), null, null));
        assertThatThrownBy(() -> acting.as(HierarchyFixtures.PROVINCE_MANAGER,
                () -> commands.registerLedger(round.id(), ledger))).isInstanceOf(AccessDeniedException.class);
        assertThat(acting.as("cc_manager", () -> commands.registerLedger(round.id(), ledger))).isEqualTo(1);
        // The province manages the park's tasks all the same: it may register one outside any round.
        assertThat(acting.as(HierarchyFixtures.PROVINCE_MANAGER, () -> commands.create(task(park, null, today))))
                .isPositive();
    }

    private static NewTask task(long park, Long round, LocalDate today) {
        return new NewTask(park, RectificationSource.CENTRAL_INSPECTION, round, "跨级整改任务", "层级测试用",
                "经开区生态环境分局", "王丽", "cc_staff", today, today.plusDays(40));
    }
}
