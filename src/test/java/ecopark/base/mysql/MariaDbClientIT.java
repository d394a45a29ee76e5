package ecopark.base.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import ecopark.park.domain.Jurisdiction;
import ecopark.park.domain.Park;
import ecopark.park.service.ParkAdminService;
import ecopark.park.service.ParkService;
import ecopark.security.SystemActor;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Smoke test of the same database through mariadb-java-client and a {@code jdbc:mariadb://} URL. */
@org.junit.jupiter.api.extension.ExtendWith(ecopark.ThisContextsSecurityStrategy.class)
@SpringBootTest
@ActiveProfiles("mysql")
@EnabledIfEnvironmentVariable(named = MySqlDatabase.URL_VARIABLE, matches = ".+")
class MariaDbClientIT {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        MySqlDatabase.register(registry, MySqlDatabase.mariadbUrl());
    }

    @Autowired DataSource dataSource;
    @Autowired ParkAdminService parkAdmin;
    @Autowired ParkService parks;

    @Test
    void the_application_starts_on_mariadb_java_client_and_keeps_four_byte_text() throws Exception {
        try (var connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getDriverName()).containsIgnoringCase("MariaDB");
        }
        String name = "苏州工业园区𠀀" + System.nanoTime();
        long id = SystemActor.call(() -> {
            Jurisdiction bureau = parkAdmin.save(new Jurisdiction("江苏省生态环境厅" + System.nanoTime(), "江苏省"));
            Park park = new Park(name, bureau.getId());
            park.setProvince("江苏省");
            park.setCity("苏州市");
            park.setStreetAddress("现代大道 999 号");
            park.setConstructionBaseYear(2010);
            return parkAdmin.save(park).getId();
        });

        assertThat(SystemActor.call(() -> parks.get(id).getName())).isEqualTo(name);
    }
}
