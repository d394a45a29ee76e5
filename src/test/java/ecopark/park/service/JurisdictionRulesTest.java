package ecopark.park.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ecopark.ApplicationTest;
import ecopark.HierarchyFixtures;
import ecopark.base.domain.BusinessRuleException;
import ecopark.park.domain.Jurisdiction;
import ecopark.park.domain.JurisdictionLevel;
import ecopark.park.domain.JurisdictionRepository;
import ecopark.park.domain.Park;
import ecopark.security.AppRole;
import ecopark.security.SystemActor;
import ecopark.security.domain.AppUserRepository;
import ecopark.security.service.NewAccount;
import ecopark.security.service.UserAdminService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The rules of the jurisdiction tree hold for every caller of the service, not only for the form (the form's own
 * messages: JurisdictionAdminViewTest).
 */
@ApplicationTest
class JurisdictionRulesTest {

    static final String NAME = "规则测试主管部门";

    @Autowired ParkAdminService admin;
    @Autowired JurisdictionRepository jurisdictions;
    @Autowired AppUserRepository users;
    @Autowired UserAdminService userAdmin;
    @Autowired HierarchyFixtures hierarchy;

    @AfterEach
    void removeCreated() {
        users.findAll().stream().filter(u -> u.getUsername().startsWith("rules_")).forEach(users::delete);
        jurisdictions.findAll().stream().filter(j -> j.getName().startsWith(NAME)).forEach(jurisdictions::delete);
    }

    @Test
    void a_province_stands_under_the_national_office_or_none_and_a_city_under_a_province() {
        HierarchyFixtures.Tree tree = hierarchy.tree();
        refused(new Jurisdiction(NAME + "省", "吉林省", JurisdictionLevel.PROVINCIAL, tree.city()),
                "jurisdiction.error.provinceParent");
        refused(new Jurisdiction(NAME + "市", "吉林省", JurisdictionLevel.CITY, tree.nation()),
                "jurisdiction.error.cityParent");
        refused(new Jurisdiction(NAME + "市", "吉林省", JurisdictionLevel.CITY, 987_654_321L),
                "jurisdiction.error.parentNotFound");
        Jurisdiction alone = save(new Jurisdiction(NAME + "省", "吉林省", JurisdictionLevel.PROVINCIAL, null));
        assertThat(alone.getParentId()).isNull();
        Jurisdiction city = save(new Jurisdiction(NAME + "市", "吉林省", JurisdictionLevel.CITY, alone.getId()));
        assertThat(city.getParentId()).isEqualTo(alone.getId());
        jurisdictions.delete(city);
    }

    @Test
    void a_bureau_with_accounts_does_not_become_the_national_office() {
        hierarchy.tree();
        Jurisdiction bureau = save(new Jurisdiction(NAME + "账号", "吉林省", JurisdictionLevel.PROVINCIAL, null));
        SystemActor.call(() -> userAdmin.create(new NewAccount("rules_manager", "规则测试", null, AppRole.MANAGER, null,
                bureau.getId(), "Gr33n-Park!Rules", false)));
        Jurisdiction edited = SystemActor.call(() -> admin.getJurisdiction(bureau.getId()));
        edited.setLevel(JurisdictionLevel.NATIONAL);
        refused(edited, "jurisdiction.error.nationalWithAccounts");
        assertThat(jurisdictions.findById(bureau.getId()).orElseThrow().getLevel())
                .isEqualTo(JurisdictionLevel.PROVINCIAL);
    }

    @Test
    void a_city_bureau_in_use_moves_to_provincial_level_and_back_and_no_park_joins_the_nation() {
        HierarchyFixtures.Tree tree = hierarchy.tree();
        Jurisdiction city = SystemActor.call(() -> admin.getJurisdiction(tree.city()));
        city.setLevel(JurisdictionLevel.PROVINCIAL);
        city.setParentId(tree.nation());
        Jurisdiction province = save(city);
        assertThat(province.getLevel()).isEqualTo(JurisdictionLevel.PROVINCIAL);
        province.setLevel(JurisdictionLevel.CITY);
        province.setParentId(tree.province());
        assertThat(save(province).getLevel()).isEqualTo(JurisdictionLevel.CITY);

        Park park = SystemActor.call(() -> admin.allParks().get(0));
        park.setJurisdictionId(tree.nation());
        assertThatThrownBy(() -> SystemActor.call(() -> admin.save(park))).isInstanceOfSatisfying(
                BusinessRuleException.class,
                e -> assertThat(e.messageKey()).isEqualTo("park.error.jurisdictionNational"));
    }

    private Jurisdiction save(Jurisdiction j) {
        return SystemActor.call(() -> admin.save(j));
    }

    private void refused(Jurisdiction j, String key) {
        assertThatThrownBy(() -> save(j)).isInstanceOfSatisfying(BusinessRuleException.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
