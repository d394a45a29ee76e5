package ecopark.evaluation.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ecopark.ApplicationTest;
import ecopark.base.domain.BusinessRuleException;
import ecopark.report.service.ReportListItem;
import ecopark.report.service.ReportService;
import ecopark.security.SystemActor;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** docs/product.md's access rule in the evaluation services: staff write their own park's data, bureaus only read. */
@ApplicationTest
@Transactional
class SheetSecurityTest {

    @Autowired IndicatorSheetService sheets;
    @Autowired StatisticsService statistics;
    @Autowired ReportService reports;
    @Autowired JdbcTemplate jdbc;
    @Autowired jakarta.persistence.EntityManager entityManager;

    private ReportListItem changchun2019() {
        return SystemActor.call(() -> reports.findVisible(Pageable.unpaged()).stream().filter(r -> r.year() == 2019)
                .findFirst().orElseThrow());
    }

    @Test
    @WithUserDetails("tj_staff")
    void staff_of_another_park_can_neither_read_nor_write_the_sheet() {
        long report = changchun2019().id();

        assertThatThrownBy(() -> sheets.evaluate(report)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sheets.sheet(report)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sheets.checkSubmission(report)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sheets.enterValue(report, "5", BigDecimal.TEN))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sheets.select(report, Set.of("1", "2", "3", "4", "6", "7"), "x"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(sheets.findVisible(Pageable.unpaged())).isEmpty();
    }

    @Test
    @WithUserDetails("tj_staff")
    void staff_of_another_park_can_neither_read_nor_write_its_statistics() {
        long park = changchun2019().parkId();

        assertThatThrownBy(() -> statistics.values(park, 2016, 2019)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> statistics.record(park, 2019, Map.of("employees", BigDecimal.ONE)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("cc_reviewer1")
    void reviewers_read_the_evaluation_and_statistics_of_their_jurisdiction_but_write_nothing() {
        ReportListItem item = changchun2019();

        assertThat(sheets.evaluate(item.id()).summary().met()).isEqualTo(24);
        assertThat(statistics.values(item.parkId(), 2016, 2019)).isNotEmpty();
        // Other tests of this shared context add Changchun reports; what matters is that only Changchun's are seen.
        assertThat(sheets.findVisible(Pageable.unpaged())).isNotEmpty()
                .allSatisfy(sheet -> assertThat(sheet.parkId()).isEqualTo(item.parkId()));
        assertThatThrownBy(() -> sheets.enterState(item.id(), "17", false)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> statistics.record(item.parkId(), 2019, Map.of("employees", BigDecimal.ONE)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("sz_manager")
    void a_manager_of_another_jurisdiction_reads_nothing() {
        long report = changchun2019().id();

        assertThatThrownBy(() -> sheets.evaluate(report)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("cc_staff")
    void staff_of_the_park_write_statistics_and_entries() {
        ReportListItem item = changchun2019();

        statistics.record(item.parkId(), 2019, Map.of("employees", new BigDecimal("240000")));
        sheets.enterValue(item.id(), "32", BigDecimal.ONE);

        EvaluationResult result = sheets.evaluate(item.id());
        assertThat(result.outcome("2").orElseThrow().value()).isEqualByComparingTo("10");
        assertThat(result.outcome("2").orElseThrow().verdict()).isEqualTo(Verdict.NOT_MET);
        assertThat(result.outcome("32").orElseThrow().verdict()).isEqualTo(Verdict.NOT_MET);
    }

    @Test
    @WithUserDetails("admin")
    void administrators_read_every_parks_sheet_and_write_none() {
        long report = changchun2019().id();
        long park = changchun2019().parkId();

        assertThat(sheets.evaluate(report).outcome("22")).isPresent();
        assertThat(statistics.values(park, 2016, 2019)).isNotEmpty();
        assertThatThrownBy(() -> sheets.enterState(report, "22", false)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sheets.enterValue(report, "5", BigDecimal.TEN))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sheets.select(report, Set.of("2", "6", "8", "11", "14", "27", "28"), "x"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> statistics.record(park, 2019, Map.of("employees", BigDecimal.ONE)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("cc_staff")
    void a_submitted_report_s_sheet_is_read_only() {
        long report = changchun2019().id();
        jdbc.update("update annual_report set status = 'SUBMITTED' where id = ?", report);
        entityManager.clear();

        assertThatThrownBy(() -> sheets.enterValue(report, "5", BigDecimal.TEN))
                .isInstanceOf(BusinessRuleException.class)
                .extracting(e -> ((BusinessRuleException) e).messageKey()).isEqualTo("evaluation.error.readOnly");
    }

    @Test
    @WithUserDetails("cc_staff")
    void entries_are_checked_against_the_catalogue() {
        long report = changchun2019().id();

        assertThatThrownBy(() -> sheets.enterValue(report, "10", BigDecimal.ONE))
                .extracting(e -> ((BusinessRuleException) e).messageKey())
                .isEqualTo("evaluation.error.computedIndicator");
        assertThatThrownBy(() -> sheets.enterValue(report, "5", new BigDecimal("6.5")))
                .extracting(e -> ((BusinessRuleException) e).messageKey()).isEqualTo("entry.error.wholeNumber");
        assertThatThrownBy(() -> sheets.enterValue(report, "17", BigDecimal.ONE))
                .extracting(e -> ((BusinessRuleException) e).messageKey()).isEqualTo("evaluation.error.stateExpected");
        assertThatThrownBy(() -> sheets.overrideThreshold(report, "2", BigDecimal.ONE, "汽车", new BigDecimal("80"),
                "占比 80%"))
                .extracting(e -> ((BusinessRuleException) e).messageKey())
                .isEqualTo("evaluation.error.overrideNotAllowed");
        assertThatThrownBy(() -> sheets.overrideThreshold(report, "11", new BigDecimal("0.45"), "汽车制造业",
                new BigDecimal("80"), " "))
                .extracting(e -> ((BusinessRuleException) e).messageKey())
                .isEqualTo("evaluation.error.overrideIncomplete");
    }

    @Test
    @WithUserDetails("cc_staff")
    void footnote_a_is_refused_unless_the_industry_makes_up_more_than_70_percent_of_the_output() {
        long report = changchun2019().id();

        for (String share : new String[] {"70", "45.5", "100.01", "-1"}) {
            assertThatThrownBy(() -> sheets.overrideThreshold(report, "11", new BigDecimal("0.45"), "汽车制造业",
                    new BigDecimal(share), "汽车制造业产值占比高"))
                    .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                        assertThat(e.messageKey()).isEqualTo("facts.error.industryShare");
                        assertThat(ecopark.base.i18n.TranslationProvider.translate(java.util.Locale.SIMPLIFIED_CHINESE,
                                e.messageKey(), e.args())).contains("70%").contains("汽车制造业").contains(share);
                    });
        }
        assertThatThrownBy(() -> sheets.overrideThreshold(report, "11", new BigDecimal("0.45"), "汽车制造业", null,
                "汽车制造业产值占比高")).extracting(e -> ((BusinessRuleException) e).messageKey())
                .isEqualTo("facts.error.industryShare");
        assertThat(sheets.sheet(report).entries().stream().filter(e -> e.code().equals("11")).findFirst()
                .orElseThrow().overrideThreshold()).isNull();
    }

    @Test
    @WithUserDetails("cc_staff")
    void a_footnote_a_override_with_industry_and_reason_decides_the_indicator() {
        long report = changchun2019().id();

        sheets.overrideThreshold(report, "11", new BigDecimal("0.40"), "汽车制造业", new BigDecimal("76.5"),
                "汽车制造业产值占园区工业总产值 76.5%");

        IndicatorOutcome outcome = sheets.evaluate(report).outcome("11").orElseThrow();
        assertThat(outcome.verdict()).isEqualTo(Verdict.NOT_MET);
        assertThat(outcome.threshold().basis()).isEqualTo(ThresholdBasis.INDUSTRY_OVERRIDE);
        assertThat(outcome.threshold().detail()).isEqualTo("汽车制造业");
        assertThat(outcome.threshold().industryShare()).isEqualByComparingTo("76.5");
        assertThat(sheets.sheet(report).entries().stream().filter(e -> e.code().equals("11")).findFirst()
                .orElseThrow().overrideIndustryShare()).isEqualByComparingTo("76.5");
    }

    @Test
    void nobody_signed_in_reads_nothing() {
        long report = changchun2019().id();

        assertThatThrownBy(() -> sheets.evaluate(report))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
