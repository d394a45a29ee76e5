package ecopark.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import ecopark.evaluation.service.CatalogueService;
import ecopark.evaluation.service.EvaluationResult;
import ecopark.evaluation.service.IndicatorSheetService;
import ecopark.evaluation.service.StatisticsService;
import ecopark.evaluation.service.Verdict;
import ecopark.park.domain.Jurisdiction;
import ecopark.park.domain.Park;
import ecopark.park.service.ParkAdminService;
import ecopark.report.domain.AnnualReport;
import ecopark.report.service.ReportService;
import ecopark.security.SystemActor;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The catalogue migrations and the evaluation tables on MySQL/MariaDB: decimals, booleans and Chinese text. */
@org.junit.jupiter.api.extension.ExtendWith(ecopark.ThisContextsSecurityStrategy.class)
@SpringBootTest
@ActiveProfiles("mysql")
@EnabledIfEnvironmentVariable(named = "ECOPARK_IT_DB_URL", matches = ".+")
class EvaluationMySqlIT {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> System.getenv("ECOPARK_IT_DB_URL"));
        registry.add("spring.datasource.username", () -> env("ECOPARK_IT_DB_USER", "root"));
        registry.add("spring.datasource.password", () -> env("ECOPARK_IT_DB_PASSWORD", ""));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }

    @Autowired CatalogueService catalogues;
    @Autowired ParkAdminService parkAdmin;
    @Autowired ReportService reports;
    @Autowired StatisticsService statistics;
    @Autowired IndicatorSheetService sheets;

    @Test
    void the_hj274_catalogue_is_migrated_with_its_rules_and_texts() {
        var catalogue = SystemActor.call(catalogues::active);

        assertThat(catalogue.code()).isEqualTo("HJ 274-2015");
        assertThat(catalogue.indicators()).hasSize(32);
        assertThat(catalogue.mandatoryCount()).isEqualTo(17);
        assertThat(catalogue.indicator("16").orElseThrow().regionalThresholds())
                .containsEntry("BEIJING_TIANJIN_HEBEI", new BigDecimal("30.000000"));
        assertThat(catalogue.indicator("8").orElseThrow().factor()).isEqualByComparingTo("0.0001");
        assertThat(catalogue.indicator("25").orElseThrow().numerators()).hasSize(4);
        assertThat(catalogue.indicator("10").orElseThrow().name().zh()).isEqualTo("综合能耗弹性系数");
    }

    @Test
    void a_report_opens_its_sheet_and_evaluates_from_stored_statistics() {
        EvaluationResult result = SystemActor.call(() -> {
            Jurisdiction bureau = parkAdmin.save(new Jurisdiction("吉林省生态环境厅" + System.nanoTime(), "吉林省"));
            Park park = new Park("测试园区" + System.nanoTime(), bureau.getId());
            park.setProvince("吉林省");
            park.setCity("长春市");
            park.setStreetAddress("吉林大路 1 号");
            park.setConstructionBaseYear(2016);
            long parkId = parkAdmin.save(park).getId();
            AnnualReport report = reports.create(parkId, 2019);
            statistics.record(parkId, 2019, Map.of("industrial_value_added", new BigDecimal("2400000.5"),
                    "employees", new BigDecimal("120000")));
            sheets.enterState(report.getId(), "17", true);
            return sheets.evaluate(report.getId());
        });

        assertThat(result.outcome("17").orElseThrow().verdict()).isEqualTo(Verdict.MET);
        assertThat(result.outcome("10").orElseThrow().verdict()).isEqualTo(Verdict.MISSING_DATA);
        assertThat(result.summary().assessed()).isEqualTo(17);
    }
}
