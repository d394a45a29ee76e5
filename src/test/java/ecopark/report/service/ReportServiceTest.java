package ecopark.report.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ecopark.ApplicationTest;
import ecopark.base.domain.BusinessRuleException;
import ecopark.park.domain.ParkLevel;
import ecopark.park.domain.ParkStatus;
import ecopark.park.domain.ParkType;
import ecopark.report.domain.AnnualReport;
import ecopark.report.domain.NarrativeSection;
import ecopark.report.domain.ReportStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@ApplicationTest
@Transactional
class ReportServiceTest {

    @Autowired ReportService reports;

    private ReportListItem changchun2019() {
        return reports.findVisible(Pageable.unpaged()).stream().filter(r -> r.year() == 2019).findFirst().orElseThrow();
    }

    @Test
    @WithUserDetails("cc_staff")
    void the_demo_report_holds_the_seed_form_basic_information_and_narratives() {
        AnnualReport report = reports.get(changchun2019().id());

        assertThat(report.getParkName()).isEqualTo("长春经济技术开发区");
        assertThat(report.getPostalAddress()).isEqualTo("吉林省长春市经开区吉林大路 6188 号(长春经济技术开发区管理委员会)");
        assertThat(report.getPostcode()).isEqualTo("130033");
        assertThat(report.getLevel()).isEqualTo(ParkLevel.NATIONAL);
        assertThat(report.getType()).isEqualTo(ParkType.ECONOMIC_TECHNOLOGICAL_DEVELOPMENT_ZONE);
        assertThat(report.getPhone()).isEqualTo("0431-84630074");
        assertThat(report.getEmail()).isEqualTo("652007137@qq.com");
        assertThat(report.getParkStatus()).isEqualTo(ParkStatus.IN_CREATION);
        for (NarrativeSection section : NarrativeSection.values()) {
            assertThat(report.narrative(section)).as(section.name()).isNotBlank();
        }
        assertThat(report.getUpdatedBy()).isEqualTo("王丽");
    }

    @Test
    @WithUserDetails("cc_staff")
    void a_new_report_carries_over_the_basic_information_of_the_year_before() {
        AnnualReport report = reports.create(changchun2019().parkId(), 2031);

        assertThat(report.getStatus()).isEqualTo(ReportStatus.DRAFT);
        assertThat(report.getEmail()).isEqualTo("652007137@qq.com");
        assertThat(report.narrative(NarrativeSection.INTRODUCTION)).isNull();
    }

    @Test
    @WithUserDetails("cc_staff")
    void a_second_report_for_the_same_park_and_year_is_refused() {
        long parkId = changchun2019().parkId();

        assertThatThrownBy(() -> reports.create(parkId, 2019)).isInstanceOf(BusinessRuleException.class)
                .extracting(e -> ((BusinessRuleException) e).messageKey()).isEqualTo("report.error.duplicateYear");
    }

    @Test
    @WithUserDetails("tj_staff")
    void staff_of_another_park_neither_see_nor_create_the_report() {
        assertThat(reports.findVisible(Pageable.unpaged())).isEmpty();
        long changchunReport = ecopark.security.SystemActor.call(() -> changchun2019().id());
        assertThatThrownBy(() -> reports.get(changchunReport)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("cc_reviewer1")
    void reviewers_read_reports_of_their_jurisdiction_but_do_not_draft() {
        ReportListItem item = changchun2019();

        assertThat(reports.get(item.id()).getYear()).isEqualTo(2019);
        assertThatThrownBy(() -> reports.create(item.parkId(), 2021)).isInstanceOf(AccessDeniedException.class);
    }
}
