package ecopark.park.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ecopark.ApplicationTest;
import ecopark.park.domain.Park;
import ecopark.park.domain.ParkRepository;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithUserDetails;

@ApplicationTest
class ParkServiceTest {

    @Autowired ParkService parks;
    @Autowired ParkRepository parkRows;
    @Autowired ParkAdminService parkAdmin;

    private List<String> visibleNames() {
        return parks.findVisible(null, Pageable.unpaged()).map(ParkListItem::name).toList();
    }

    @Test
    @WithUserDetails("cc_staff")
    void staff_see_only_their_own_park() {
        assertThat(visibleNames()).containsExactly("长春经济技术开发区");
    }

    @Test
    @WithUserDetails("cc_staff")
    void staff_cannot_open_another_park_by_id() {
        long tianjin = idOf("天津经济技术开发区");

        assertThatThrownBy(() -> parks.get(tianjin)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("cc_reviewer1")
    void reviewers_see_the_parks_of_their_jurisdiction_only() {
        assertThat(visibleNames()).containsExactly("长春经济技术开发区");
        assertThatThrownBy(() -> parks.get(idOf("苏州高新技术产业开发区"))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("admin")
    void administrators_see_every_park() {
        // The demo's three parks and any a test of this context added
        assertThat(visibleNames()).contains("长春经济技术开发区", "天津经济技术开发区", "苏州高新技术产业开发区")
                .hasSize((int) parkRows.count());
        Park changchun = parks.get(idOf("长春经济技术开发区"));
        assertThat(changchun.getEmail()).isEqualTo("652007137@qq.com");
        assertThat(changchun.getPostcode()).isEqualTo("130033");
    }

    @Test
    @WithUserDetails("cc_manager")
    void only_administrators_may_change_parks() {
        assertThatThrownBy(() -> parkAdmin.allParks()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_anonymous_caller_reaches_nothing() {
        assertThatThrownBy(() -> parks.findVisible(null, Pageable.unpaged()))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    private long idOf(String name) {
        return ecopark.security.SystemActor.call(() -> parks.findVisible(name, Pageable.unpaged()).getContent().get(0).id());
    }
}
