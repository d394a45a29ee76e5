package ecopark;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTest {

    @Test
    void features_depend_on_each_other_only_through_their_public_services() {
        ApplicationModules.of(Application.class).verify();
    }
}
