package ecopark.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ecopark.ActingUsers;
import ecopark.ApplicationTest;
import ecopark.HierarchyFixtures;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The one rule of docs/product.md ("Who uses it"), asked of {@link AccessPolicy} for every demo account and park. */
@ApplicationTest
class AccessPolicyTest {

    @Autowired AccessPolicy access;
    @Autowired ActingUsers acting;
    @Autowired UserDetailsService accounts;
    @Autowired HierarchyFixtures hierarchy;

    private long park(String staff) {
        return ((SignedInUser) accounts.loadUserByUsername(staff)).parkId();
    }

    private Set<ParkAction> allowed(String username, long parkId) {
        return acting.as(username, () -> {
            Set<ParkAction> may = EnumSet.noneOf(ParkAction.class);
            for (ParkAction action : ParkAction.values()) {
                if (access.may(action, parkId)) {
                    may.add(action);
                }
            }
            return may;
        });
    }

    @Test
    void administrators_read_every_park_and_do_nothing_else() {
        for (String staff : new String[] {"cc_staff", "tj_staff", "sz_staff"}) {
            assertThat(allowed("admin", park(staff))).containsExactly(ParkAction.READ);
        }
        long changchun = park("cc_staff");
        assertThatThrownBy(() -> acting.as("admin", () -> access.require(ParkAction.DRAFT, changchun)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void staff_read_draft_and_rectify_their_own_park_only() {
        assertThat(allowed("cc_staff", park("cc_staff")))
                .containsExactlyInAnyOrder(ParkAction.READ, ParkAction.DRAFT, ParkAction.RECTIFY);
        assertThat(allowed("cc_staff", park("tj_staff"))).isEmpty();
        assertThat(allowed("tj_staff", park("cc_staff"))).isEmpty();
    }

    @Test
    void reviewers_read_and_review_the_parks_of_their_jurisdiction_only() {
        assertThat(allowed("cc_reviewer1", park("cc_staff")))
                .containsExactlyInAnyOrder(ParkAction.READ, ParkAction.REVIEW);
        assertThat(allowed("cc_reviewer1", park("tj_staff"))).isEmpty();
        assertThat(allowed("tj_reviewer", park("cc_staff"))).isEmpty();
    }

    @Test
    void managers_read_and_manage_tasks_of_the_parks_of_their_jurisdiction_only() {
        assertThat(allowed("cc_manager", park("cc_staff")))
                .containsExactlyInAnyOrder(ParkAction.READ, ParkAction.MANAGE_TASKS);
        assertThat(allowed("sz_manager", park("sz_staff")))
                .containsExactlyInAnyOrder(ParkAction.READ, ParkAction.MANAGE_TASKS);
        assertThat(allowed("sz_manager", park("cc_staff"))).isEmpty();
    }

    @Test
    void managers_hand_down_for_their_own_jurisdiction_only() {
        SignedInUser manager = (SignedInUser) accounts.loadUserByUsername("cc_manager");
        SignedInUser other = (SignedInUser) accounts.loadUserByUsername("sz_manager");
        long own = manager.jurisdictionId();

        assertThat(acting.as("cc_manager", () -> access.mayForJurisdiction(ParkAction.MANAGE_TASKS, own))).isTrue();
        assertThat(acting.as("sz_manager", () -> access.mayForJurisdiction(ParkAction.MANAGE_TASKS, own))).isFalse();
        assertThat(acting.as("sz_manager",
                () -> access.mayForJurisdiction(ParkAction.MANAGE_TASKS, other.jurisdictionId()))).isTrue();
        assertThat(acting.as("admin", () -> access.mayForJurisdiction(ParkAction.MANAGE_TASKS, own))).isFalse();
        assertThat(acting.as("cc_reviewer1", () -> access.mayForJurisdiction(ParkAction.MANAGE_TASKS, own))).isFalse();
    }

    @Test
    void the_system_actor_runs_every_step_and_is_told_apart_from_the_administrator() {
        long changchun = park("cc_staff");
        assertThat(SystemActor.call(() -> EnumSet.allOf(ParkAction.class).stream()
                .allMatch(action -> access.may(action, changchun)))).isTrue();
        assertThat(SystemActor.SYSTEM.system()).isTrue();
        assertThat(SystemActor.SYSTEM.getAuthorities()).extracting(Object::toString)
                .contains(AppRole.ADMIN.authority(), AppRole.SYSTEM_AUTHORITY);

        SignedInUser admin = (SignedInUser) accounts.loadUserByUsername("admin");
        assertThat(admin.system()).isFalse();
        assertThat(admin.getAuthorities()).extracting(Object::toString).containsExactly(AppRole.ADMIN.authority());
        assertThat(admin.asActor().isSystem()).isFalse();
        assertThat(SystemActor.SYSTEM.asActor().isSystem()).isTrue();
    }

    // ---- the hierarchy: 长春市 (park A's city bureau) under 吉林省 under the national office; 苏州 under 江苏省 ----

    @Test
    void a_province_reads_and_reviews_its_cities_parks_and_manages_their_tasks() {
        HierarchyFixtures.Tree tree = hierarchy.tree();
        long changchun = park("cc_staff");
        long suzhou = park("sz_staff");
        assertThat(allowed(HierarchyFixtures.PROVINCE_REVIEWER, changchun))
                .containsExactlyInAnyOrder(ParkAction.READ, ParkAction.REVIEW);
        assertThat(allowed(HierarchyFixtures.PROVINCE_MANAGER, changchun))
                .containsExactlyInAnyOrder(ParkAction.READ, ParkAction.MANAGE_TASKS);
        assertThat(allowed(HierarchyFixtures.PROVINCE_REVIEWER, suzhou)).isEmpty();
        assertThat(allowed(HierarchyFixtures.PROVINCE_MANAGER, suzhou)).isEmpty();
        assertThat(acting.as(HierarchyFixtures.PROVINCE_MANAGER, () -> access.scope().jurisdictionIds()))
                .contains(tree.province(), tree.city()).doesNotContain(tree.nation());
    }

    @Test
    void a_city_does_not_reach_up_to_its_province_nor_the_nation() {
        HierarchyFixtures.Tree tree = hierarchy.tree();
        assertThat(acting.as("cc_manager", () -> access.scope().jurisdictionIds())).containsExactly(tree.city());
        assertThatThrownBy(() -> acting.as("cc_reviewer1", () -> access.requireJurisdiction(tree.province())))
                .isInstanceOf(AccessDeniedException.class);
        acting.as(HierarchyFixtures.PROVINCE_REVIEWER, () -> access.requireJurisdiction(tree.city()));
    }

    @Test
    void the_national_office_reads_and_manages_every_park() {
        hierarchy.tree();
        for (String staff : new String[] {"cc_staff", "tj_staff", "sz_staff"}) {
            assertThat(allowed(HierarchyFixtures.NATIONAL_MANAGER, park(staff)))
                    .containsExactlyInAnyOrder(ParkAction.READ, ParkAction.MANAGE_TASKS);
        }
        SignedInUser tianjinReviewer = (SignedInUser) accounts.loadUserByUsername("tj_reviewer");
        assertThat(acting.as(HierarchyFixtures.NATIONAL_MANAGER, () -> access.scope().jurisdictionIds()))
                .contains(tianjinReviewer.jurisdictionId()); // a province without a parent too
    }

    @Test
    void acting_for_a_jurisdiction_is_acting_at_ones_own_level() {
        HierarchyFixtures.Tree tree = hierarchy.tree();
        assertThat(acting.as(HierarchyFixtures.PROVINCE_MANAGER,
                () -> access.mayForJurisdiction(ParkAction.MANAGE_TASKS, tree.province()))).isTrue();
        assertThat(acting.as(HierarchyFixtures.PROVINCE_MANAGER,
                () -> access.mayForJurisdiction(ParkAction.MANAGE_TASKS, tree.city()))).isFalse();
        assertThat(acting.as(HierarchyFixtures.NATIONAL_MANAGER,
                () -> access.mayForJurisdiction(ParkAction.MANAGE_TASKS, tree.province()))).isFalse();
        assertThat(acting.as("cc_manager",
                () -> access.mayForJurisdiction(ParkAction.MANAGE_TASKS, tree.province()))).isFalse();
    }
}
