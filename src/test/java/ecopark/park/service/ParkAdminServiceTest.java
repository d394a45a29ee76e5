package ecopark.park.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ecopark.ApplicationTest;
import ecopark.base.domain.BusinessRuleException;
import ecopark.base.domain.ConcurrentEditException;
import ecopark.park.domain.Park;
import ecopark.park.domain.ParkRepository;
import ecopark.park.domain.ParkType;
import ecopark.security.SystemActor;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/** The park rules hold for every caller of the service, not only for the form. */
@ApplicationTest
class ParkAdminServiceTest {

    static final String NAME = "四平红嘴经济技术开发区";

    @Autowired ParkAdminService parkAdmin;
    @Autowired ParkRepository parks;

    @AfterEach
    void removeCreatedParks() {
        parks.findAll().stream().filter(p -> p.getName().startsWith(NAME)).forEach(parks::delete);
    }

    @Test
    void a_malformed_phone_postcode_or_email_is_refused_with_its_key() {
        assertRefused(p -> p.setPhone("0431 8463 0074"), "park.error.phone");
        assertRefused(p -> p.setPostcode("1300330"), "park.error.postcode");
        assertRefused(p -> p.setEmail("stgy@teda"), "park.error.email");
        assertRefused(p -> p.setConstructionBaseYear(1989), "park.error.baseYear");
        assertRefused(p -> p.setType(ParkType.OTHER), "park.error.typeNoteRequired");
        assertRefused(p -> p.setCity("  "), "park.error.cityRequired");
    }

    @Test
    void blanks_are_trimmed_and_a_note_of_a_type_other_than_other_is_dropped() {
        Park park = valid();
        park.setName("  " + NAME + "  ");
        park.setPhone(" 0434-5123456 ");
        park.setTypeNote("不应保存");

        Park saved = SystemActor.call(() -> parkAdmin.save(park));

        assertThat(saved.getName()).isEqualTo(NAME);
        assertThat(saved.getPhone()).isEqualTo("0434-5123456");
        assertThat(saved.getTypeNote()).isNull();
    }

    @Test
    void renaming_a_park_to_the_name_of_another_is_refused() {
        Park saved = SystemActor.call(() -> parkAdmin.save(valid()));
        Park edited = SystemActor.call(() -> parkAdmin.getPark(saved.getId()));
        edited.setName("长春经济技术开发区");

        assertThatThrownBy(() -> SystemActor.call(() -> parkAdmin.save(edited)))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("park.error.nameTaken"));
    }

    @Test
    void saving_a_park_read_before_someone_elses_save_is_refused() {
        Park saved = SystemActor.call(() -> parkAdmin.save(valid()));
        Park mine = SystemActor.call(() -> parkAdmin.getPark(saved.getId()));
        Park theirs = SystemActor.call(() -> parkAdmin.getPark(saved.getId()));
        theirs.setCity("公主岭市");
        SystemActor.call(() -> parkAdmin.save(theirs));

        mine.setStreetAddress("红嘴路 2 号");

        assertThatThrownBy(() -> SystemActor.call(() -> parkAdmin.save(mine)))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(parks.findById(saved.getId()).orElseThrow().getCity()).isEqualTo("公主岭市");
    }

    @Test
    @WithUserDetails("cc_staff")
    void staff_cannot_save_a_park() {
        assertThatThrownBy(() -> parkAdmin.save(valid())).isInstanceOf(AccessDeniedException.class);
    }

    private void assertRefused(Consumer<Park> change, String key) {
        Park park = valid();
        change.accept(park);
        assertThatThrownBy(() -> SystemActor.call(() -> parkAdmin.save(park)))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    private Park valid() {
        // Parks never belong to the national office: the first other bureau by name.
        Long bureau = SystemActor.call(() -> parkAdmin.allJurisdictions().stream()
                .filter(j -> j.getLevel() != ecopark.park.domain.JurisdictionLevel.NATIONAL).findFirst()
                .orElseThrow().getId());
        Park park = new Park(NAME, bureau);
        park.setProvince("吉林省");
        park.setCity("四平市");
        park.setStreetAddress("红嘴路 1 号");
        park.setPostcode("136000");
        park.setConstructionBaseYear(2015);
        return park;
    }
}
