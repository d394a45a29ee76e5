package ecopark.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ecopark.ApplicationTest;
import ecopark.ReportFixtures;
import ecopark.base.domain.BusinessRuleException;
import ecopark.evaluation.service.StatisticsService;
import ecopark.publication.domain.Publication;
import ecopark.publication.domain.PublicationListing;
import ecopark.publication.domain.PublicationRepository;
import ecopark.publication.service.PublicForm;
import ecopark.publication.service.PublicFormFilter;
import ecopark.publication.service.PublicForms;
import ecopark.publication.service.PublishedForm;
import ecopark.report.domain.AnnualReport;
import ecopark.report.domain.NarrativeSection;
import ecopark.report.domain.ReportStatus;
import ecopark.report.service.ReportDraft;
import ecopark.report.service.ReportService;
import ecopark.report.service.ReportWorkflow;
import ecopark.security.SystemActor;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;

/** The publish step of the review process: it freezes the approved revision, and a correction supersedes it. */
@ApplicationTest
class PublicationStepTest {

    @Autowired PublicationFixtures fixtures;
    @Autowired ReportFixtures reportFixtures;
    @Autowired PublicationRepository publications;
    @Autowired PublicForms publicForms;
    @Autowired ReportService reports;
    @Autowired ReportWorkflow workflow;
    @Autowired StatisticsService statistics;

    private ReportStatus status(long reportId) {
        return SystemActor.call(() -> reports.get(reportId).getStatus());
    }

    @Test
    void the_approved_revision_is_published_with_its_evaluation_and_date() {
        long report = fixtures.publishedReport();

        assertThat(status(report)).isEqualTo(ReportStatus.PUBLISHED);
        Publication publication = fixtures.currentPublicationOf(report);
        assertThat(publication.getRevisionNumber()).isEqualTo(1);
        assertThat(publication.getPublishedAt()).isNotNull();
        assertThat(publication.getParkName()).isEqualTo("长春经济技术开发区");
        assertThat(publication.getProvince()).isEqualTo("吉林省");
        assertThat(publication.getJurisdictionName()).isEqualTo("长春市生态环境局");
        PublishedForm form = publicForms.form(publication.getId()).form();
        assertThat(form.rows()).hasSize(32);
        assertThat(form.rows()).filteredOn(PublishedForm.IndicatorRow::assessed).hasSize(24)
                .allMatch(r -> r.result() != PublishedForm.Result.MISSING_DATA);
        assertThat(form.summary().assessed()).isEqualTo(24);
        assertThat(form.narrative(NarrativeSection.INTRODUCTION)).startsWith(publication.getYear() + " 年");
        assertThat(form.basics().parkName()).isEqualTo("长春经济技术开发区");
    }

    @Test
    void a_published_form_does_not_change_when_the_live_data_changes() {
        long report = fixtures.publishedReport();
        Publication publication = fixtures.currentPublicationOf(report);
        String before = publication.getDocument();
        String valueOf2 = publicForms.form(publication.getId()).form().rows().get(1).displayValue();

        // Statistics belong to the park and year and stay writable; the publication keeps what was approved.
        fixtures.as("cc_staff", () -> {
            statistics.record(publication.getParkId(), publication.getYear(),
                    Map.of("employees", new BigDecimal("480000")));
            return null;
        });

        Publication reread = publications.findById(publication.getId()).orElseThrow();
        assertThat(reread.getDocument()).isEqualTo(before);
        assertThat(publicForms.form(publication.getId()).form().rows().get(1).displayValue()).isEqualTo(valueOf2);
    }

    @Test
    void a_correction_goes_through_review_again_and_supersedes_the_published_form() {
        long report = fixtures.publishedReport();
        Publication original = fixtures.currentPublicationOf(report);

        fixtures.as("cc_staff", () -> {
            workflow.startCorrection(report);
            AnnualReport draft = reports.get(report);
            Map<NarrativeSection, String> texts = new EnumMap<>(NarrativeSection.class);
            texts.put(NarrativeSection.PROBLEMS, "更正后的问题和制约因素。");
            return reports.saveDraft(report, ReportDraft.of(draft).withNarratives(texts));
        });
        assertThat(status(report)).isEqualTo(ReportStatus.DRAFT);
        // Until the correction is published, the public keeps reading the original.
        assertThat(publicForms.form(original.getId()).publication().isCurrent()).isTrue();

        fixtures.submitAndApprove(report);

        Publication correction = fixtures.currentPublicationOf(report);
        assertThat(correction.getRevisionNumber()).isEqualTo(2);
        Publication superseded = publications.findById(original.getId()).orElseThrow();
        assertThat(superseded.getSupersededBy()).isEqualTo(correction.getId());
        PublicForm old = publicForms.form(original.getId());
        assertThat(old.publication().isCurrent()).isFalse();
        assertThat(old.form().narrative(NarrativeSection.PROBLEMS)).doesNotContain("更正后");
        assertThat(publicForms.form(correction.getId()).form().narrative(NarrativeSection.PROBLEMS))
                .isEqualTo("更正后的问题和制约因素。");
        assertThat(publicForms.versions(original.getId())).extracting(PublicationListing::id)
                .containsExactly(original.getId(), correction.getId());

        PublicFormFilter year = new PublicFormFilter(original.getYear(), null, null, null, null, false);
        assertThat(publicForms.search(year, Pageable.unpaged())).extracting(PublicationListing::id)
                .containsExactly(correction.getId());
        PublicFormFilter withSuperseded = new PublicFormFilter(original.getYear(), null, null, null, null, true);
        assertThat(publicForms.search(withSuperseded, Pageable.unpaged())).extracting(PublicationListing::id)
                .containsExactly(correction.getId(), original.getId());
    }

    @Test
    void only_the_parks_staff_start_a_correction_and_only_of_a_published_report() {
        long published = fixtures.publishedReport();
        long draft = reportFixtures.completeReport(fixtures.nextYear());

        assertThatThrownBy(() -> fixtures.as("cc_reviewer1", () -> {
            workflow.startCorrection(published);
            return null;
        })).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixtures.as("tj_staff", () -> {
            workflow.startCorrection(published);
            return null;
        })).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixtures.as("cc_staff", () -> {
            workflow.startCorrection(draft);
            return null;
        })).isInstanceOf(BusinessRuleException.class).hasMessageContaining("report.error.notCorrectable");
        assertThat(status(published)).isEqualTo(ReportStatus.PUBLISHED);
    }
}
