package ecopark.hostile;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import ecopark.ReportFixtures;
import ecopark.UiTest;
import ecopark.base.domain.BusinessRuleException;
import ecopark.base.domain.PlainText;
import ecopark.evaluation.domain.IndicatorSheet;
import ecopark.evaluation.service.IndicatorSheetService;
import ecopark.publication.PublicationFixtures;
import ecopark.rectification.RectificationFixtures;
import ecopark.rectification.domain.RectificationTask;
import ecopark.rectification.service.TaskCommands;
import ecopark.rectification.service.TaskQueries;
import ecopark.rectification.service.TaskFilter;
import ecopark.report.domain.AnnualReport;
import ecopark.report.domain.NarrativeSection;
import ecopark.report.service.ReportDraft;
import ecopark.report.service.ReportService;
import ecopark.report.service.ReportWorkflow;
import ecopark.report.ui.ReportEditorView;
import ecopark.review.domain.ReviewStage;
import ecopark.review.service.ReviewService;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Two megabytes pasted into a free-text field: refused with the limit (and the length), never cut silently, and
 * what was saved before stays intact — through the services, the API and the report editor. Report years
 * 4111–4119.
 */
class LongTextTest extends UiTest {

    /** Two megabytes of Chinese and Latin text, as a careless paste of a whole document. */
    static final String PASTED = "园区循环化改造 Circular economy. ".repeat(2 * 1024 * 1024 / 30);

    @Autowired ReportFixtures fixtures;
    @Autowired PublicationFixtures as;
    @Autowired RectificationFixtures rectification;
    @Autowired ReportService reports;
    @Autowired ReportWorkflow workflow;
    @Autowired ReviewService review;
    @Autowired TaskCommands tasks;
    @Autowired TaskQueries taskQueries;

    private static BusinessRuleException refusal(Runnable work) {
        return catchThrowableOfType(BusinessRuleException.class, work::run);
    }

    @Test
    void a_narrative_of_two_megabytes_is_refused_with_the_limit_and_the_saved_text_stays() {
        long report = fixtures.completeReport(4111);
        String saved = as.as("cc_staff", () -> reports.get(report).narrative(NarrativeSection.MAIN_WORK));

        BusinessRuleException refused = refusal(() -> as.as("cc_staff", () -> reports.saveDraft(report,
                ReportDraft.of(reports.get(report)).withNarratives(Map.of(NarrativeSection.MAIN_WORK, PASTED)))));

        assertThat(refused.messageKey()).isEqualTo(PlainText.ERROR_TOO_LONG);
        assertThat(refused.args()).containsExactly(AnnualReport.NARRATIVE_MAX_LENGTH, PASTED.length());
        Bounded.assertTranslated(refused.messageKey(), refused.args());
        assertThat(as.as("cc_staff", () -> reports.get(report).narrative(NarrativeSection.MAIN_WORK)))
                .isEqualTo(saved);
    }

    @Test
    void the_editor_keeps_the_pasted_text_in_the_field_says_the_limit_and_saves_nothing() {
        long report = fixtures.completeReport(4112);
        String saved = as.as("cc_staff", () -> reports.get(report).narrative(NarrativeSection.MAIN_WORK));
        login("cc_staff");
        UI.getCurrent().navigate(ReportEditorView.class, report);
        TextArea area = _get(TextArea.class, spec -> spec.withId("narrative-main-work"));

        _setValue(area, PASTED);
        _click(_get(Button.class, spec -> spec.withId("save-report")));

        assertThat(area.getValue()).isEqualTo(PASTED);
        assertThat(area.getMaxLength()).as("no maxlength: a browser would cut a paste silently").isZero();
        assertThat(area.isInvalid()).isTrue();
        assertThat(area.getErrorMessage()).contains(String.valueOf(AnnualReport.NARRATIVE_MAX_LENGTH),
                String.valueOf(PASTED.length()));
        assertThat(as.as("cc_staff", () -> reports.get(report).narrative(NarrativeSection.MAIN_WORK)))
                .isEqualTo(saved);
    }

    @Test
    void a_review_comment_of_two_megabytes_is_refused_with_the_limit_and_no_comment_is_stored() {
        long report = fixtures.completeReport(4113);
        as.as("cc_staff", () -> {
            workflow.submit(report);
            return null;
        });
        String task = as.as("cc_reviewer1", () -> review.inbox(ReviewStage.PRELIMINARY, false, PageRequest.of(0, 200))
                .stream().filter(t -> t.reportId() == report).findFirst().orElseThrow().taskId());
        as.as("cc_reviewer1", () -> {
            review.claim(task);
            return null;
        });

        BusinessRuleException refused = refusal(() -> as.as("cc_reviewer1", () -> {
            review.comment(task, "GENERAL", PASTED);
            return null;
        }));

        assertThat(refused.messageKey()).isEqualTo(PlainText.ERROR_TOO_LONG);
        Bounded.assertTranslated(refused.messageKey(), refused.args());
        assertThat(as.as("cc_reviewer1", () -> review.comments(report))).isEmpty();

        login("cc_reviewer1");
        UI.getCurrent().navigate(ecopark.review.ui.ReviewView.class, task);
        TextArea comment = _get(TextArea.class, spec -> spec.withId("review-comment"));
        assertThat(comment.getMaxLength()).as("no maxlength: a browser would cut a paste silently").isZero();
        _setValue(comment, PASTED);
        _click(_get(Button.class, spec -> spec.withId("add-comment")));
        assertThat(comment.getValue()).isEqualTo(PASTED);
        assertThat(com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications()).anySatisfy(n ->
                assertThat(n.getElement().getProperty("text"))
                        .contains(String.valueOf(ecopark.review.domain.ReviewComment.BODY_MAX_LENGTH)));
        assertThat(as.as("cc_reviewer1", () -> review.comments(report))).isEmpty();
    }

    @Test
    void a_rectification_description_of_two_megabytes_is_refused_with_the_limit_and_the_task_is_unchanged() {
        long before = rectification.as("cc_manager", () -> taskQueries.find(TaskFilter.ALL, Pageable.unpaged())
                .getTotalElements());

        BusinessRuleException refused = refusal(() -> rectification.as("cc_manager", () -> tasks.create(
                new ecopark.rectification.service.NewTask(rectification.changchun(),
                        ecopark.rectification.domain.RectificationSource.CENTRAL_INSPECTION, null, "超长描述",
                        PASTED, "经开区生态环境分局", "王丽", "cc_staff", null,
                        java.time.LocalDate.now().plusDays(30)))));

        assertThat(refused.messageKey()).isEqualTo("rectification.error.tooLong");
        assertThat(refused.args()).containsExactly(RectificationTask.DESCRIPTION_MAX_LENGTH);
        Bounded.assertTranslated(refused.messageKey(), refused.args());
        assertThat(rectification.as("cc_manager", () -> taskQueries.find(TaskFilter.ALL, Pageable.unpaged())
                .getTotalElements())).isEqualTo(before);
    }

    @Test
    void a_task_title_with_an_invisible_direction_override_is_refused_naming_the_character() {
        BusinessRuleException refused = refusal(() -> rectification.as("cc_manager", () -> tasks.create(
                new ecopark.rectification.service.NewTask(rectification.changchun(),
                        ecopark.rectification.domain.RectificationSource.CENTRAL_INSPECTION, null,
                        "危废台账\u202E整改", null, "经开区生态环境分局", "王丽", "cc_staff", null,
                        java.time.LocalDate.now().plusDays(30)))));

        assertThat(refused.messageKey()).isEqualTo(PlainText.ERROR_CONTROL);
        assertThat(refused.args()).containsExactly("U+202E", 5);
    }

    @Test
    void the_api_refuses_a_two_megabyte_change_reason_with_the_limit_and_keeps_the_selection() throws Exception {
        long report = fixtures.completeReport(4114);
        MockMvc mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) context)
                .apply(SecurityMockMvcConfigurers.springSecurity()).build();
        var sheets = context.getBean(IndicatorSheetService.class);
        var before = as.as("cc_staff", () -> sheets.sheet(report));
        String body = new ObjectMapper().writeValueAsString(Map.of("optional", List.of("2", "6"),
                "changeReason", PASTED));

        mvc.perform(put("/api/reports/" + report + "/selection").with(httpBasic("cc_staff", "Ecopark#2026"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code", is(PlainText.ERROR_TOO_LONG)))
                .andExpect(jsonPath("$.message", containsString(String.valueOf(IndicatorSheet.REASON_MAX_LENGTH))));

        assertThat(as.as("cc_staff", () -> sheets.sheet(report))).isEqualTo(before);
    }
}
