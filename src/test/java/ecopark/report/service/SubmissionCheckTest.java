package ecopark.report.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ecopark.ApplicationTest;
import ecopark.ReportFixtures;
import ecopark.base.domain.BusinessRuleException;
import ecopark.report.domain.AnnualReport;
import ecopark.report.domain.BasicInformation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The single submission check, section 一: every field of the form's basic information is required but the postcode. */
@ApplicationTest
class SubmissionCheckTest {

    @Autowired ReportService reports;
    @Autowired ReportWorkflow workflow;
    @Autowired ReportFixtures fixtures;

    @Test
    @WithUserDetails("cc_staff")
    void a_complete_report_has_no_problem() {
        long report = fixtures.completeReport(2601);

        assertThat(workflow.submissionProblems(report)).isEmpty();
    }

    @Test
    @WithUserDetails("cc_staff")
    void missing_phone_and_e_mail_are_named_one_by_one_and_block_submission() {
        long id = fixtures.completeReport(2603);
        AnnualReport report = reports.get(id);
        BasicInformation basic = report.basicInformation();
        reports.saveDraft(id, new ReportDraft(report.getVersion(), new BasicInformation(basic.parkName(),
                basic.postalAddress(), "", basic.level(), basic.type(), null, " ", null, basic.parkStatus()),
                ReportDraft.of(report).narratives()));

        assertThat(workflow.submissionProblems(id)).containsExactly(
                SubmissionProblem.of("report.check.basicFieldMissing", new SubmissionProblem.Key("report.basic.phone")),
                SubmissionProblem.of("report.check.basicFieldMissing", new SubmissionProblem.Key("report.basic.email")));
        assertThatThrownBy(() -> workflow.submit(id)).isInstanceOf(BusinessRuleException.class);
    }
}
