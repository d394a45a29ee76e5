package ecopark.base.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import ecopark.park.domain.Jurisdiction;
import ecopark.park.domain.Park;
import ecopark.park.service.ParkAdminService;
import ecopark.park.service.ParkService;
import ecopark.security.SystemActor;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Map;
import org.flowable.engine.HistoryService;
import org.flowable.engine.ManagementService;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Flyway and Flowable schema on MySQL/MariaDB through mysql-connector-j, and Chinese text round-tripping. */
@org.junit.jupiter.api.extension.ExtendWith(ecopark.ThisContextsSecurityStrategy.class)
@SpringBootTest
@ActiveProfiles("mysql")
@EnabledIfEnvironmentVariable(named = MySqlDatabase.URL_VARIABLE, matches = ".+")
class MySqlConnectorIT {

    /** Chinese plus U+20000 (𠀀), a 4-byte character that 3-byte utf8 would mangle. */
    static final String FOUR_BYTE_NAME = "长春经济技术开发区𠀀";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        MySqlDatabase.register(registry, MySqlDatabase.url());
    }

    @Autowired JdbcTemplate jdbc;
    @Autowired ParkAdminService parkAdmin;
    @Autowired ParkService parks;
    @Autowired ManagementService management;
    @Autowired RepositoryService repository;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired HistoryService history;

    @Test
    void flyway_migrations_are_applied_and_hibernate_validates_them() {
        Integer applied = jdbc.queryForObject(
                "select count(*) from flyway_schema_history where success = 1 and version is not null", Integer.class);
        assertThat(applied).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from park", Integer.class)).isNotNull();
    }

    @Test
    void flowable_creates_its_tables_in_the_same_database() {
        Map<String, Long> tables = management.getTableCount();
        assertThat(tables.keySet()).anyMatch(t -> t.equalsIgnoreCase("ACT_RU_EXECUTION"))
                .anyMatch(t -> t.equalsIgnoreCase("ACT_HI_PROCINST"));
        assertThat(tables.keySet()).noneMatch(t -> t.toUpperCase().startsWith("ACT_CMMN_"))
                .noneMatch(t -> t.toUpperCase().startsWith("ACT_DMN_"))
                .noneMatch(t -> t.toUpperCase().startsWith("ACT_ID_"));
    }

    @Test
    void the_review_process_is_deployed() {
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("annualReportReview").count())
                .isEqualTo(1);
    }

    @Test
    void a_park_name_with_a_four_byte_character_round_trips_byte_for_byte() {
        String name = FOUR_BYTE_NAME + System.nanoTime();
        long id = SystemActor.call(() -> {
            Jurisdiction bureau = parkAdmin.save(new Jurisdiction("吉林省生态环境厅" + System.nanoTime(), "吉林省"));
            Park park = new Park(name, bureau.getId());
            park.setProvince("吉林省");
            park.setCity("长春市");
            park.setStreetAddress("吉林大路 6188 号");
            park.setConstructionBaseYear(2016);
            return parkAdmin.save(park).getId();
        });

        String reloaded = SystemActor.call(() -> parks.get(id).getName());
        String storedHex = jdbc.queryForObject("select hex(name) from park where id = ?", String.class, id);

        assertThat(reloaded).isEqualTo(name);
        assertThat(storedHex).isEqualToIgnoringCase(HexFormat.of().formatHex(name.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void a_process_variable_with_chinese_text_round_trips() {
        repository.createDeployment().name("test-variable-echo")
                .addClasspathResource("test-processes/variable-echo.bpmn20.xml").enableDuplicateFiltering().deploy();
        String comment = "初审意见：第三部分指标 16 再生水回用率数据需补充。";

        ProcessInstance instance = runtime.startProcessInstanceByKey("variableEcho", Map.of("comment", comment));
        assertThat(runtime.getVariable(instance.getId(), "comment")).isEqualTo(comment);

        tasks.complete(tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId());
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .variableName("comment").singleResult().getValue()).isEqualTo(comment);
    }
}
