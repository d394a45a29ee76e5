package ecopark.report.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import ecopark.ReportFixtures;
import ecopark.UiTest;
import ecopark.notice.NoticeFixtures;
import ecopark.notice.service.AnnualNotices;
import ecopark.notice.service.NoticeDraft;
import ecopark.notice.service.NoticeView;
import ecopark.security.SystemActor;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A notice topic in the report editor speaks the interface's language: the office's English title and prompt on the
 * English UI, the Chinese ones otherwise or when there are no English ones; the prompt is shown once (the walk-through
 * found it twice, as a paragraph and as the field's placeholder). The notice comes before the submission check's long
 * list. Years 4571–4579.
 */
class NoticeTopicLanguageTest extends UiTest {

    private static final String PROMPT_ZH = "请说明减污降碳协同增效的举措和成效。";
    private static final String PROMPT_EN = "Describe the measures for reducing pollution and carbon together.";

    @Autowired NoticeFixtures notices;
    @Autowired AnnualNotices annualNotices;
    @Autowired ReportFixtures fixtures;

    private NoticeView issue(int year, NoticeView.Topic topic) {
        NoticeDraft base = NoticeFixtures.draft(year, LocalDate.of(year + 1, 5, 31));
        NoticeDraft draft = new NoticeDraft(null, 0, base.reportYear(), base.documentNumber(), base.title(),
                base.issuedOn(), base.parksDeadline(), base.provincesDeadline(), base.deliverables(), List.of(topic));
        return SystemActor.callAs(notices.nationalManager(), () -> annualNotices.save(draft));
    }

    private long openEditor(int year, Locale locale) {
        long report = fixtures.completeReport(year);
        login("cc_staff");
        UI.getCurrent().setLocale(locale);
        UI.getCurrent().navigate(ReportEditorView.class, report);
        return report;
    }

    private static String noticeText() {
        return _get(NoticePart.class).getElement().getTextRecursively();
    }

    private static int occurrences(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    @Test
    void the_english_ui_shows_the_offices_english_title_and_prompt_once() {
        NoticeView notice = issue(4571, new NoticeView.Topic(null, "减污降碳协同增效",
                "Synergy of pollution and carbon reduction", PROMPT_ZH, PROMPT_EN, 20));
        assertThat(notice.topics().get(0).titleEn()).isEqualTo("Synergy of pollution and carbon reduction");
        openEditor(4571, Locale.ENGLISH);

        TextArea answer = _get(TextArea.class, spec -> spec.withId("topic-" + notice.topics().get(0).id()));
        assertThat(answer.getLabel()).isEqualTo("Synergy of pollution and carbon reduction");
        assertThat(answer.getPlaceholder()).isNullOrEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("topic-prompt")).getText()).isEqualTo(PROMPT_EN);
        assertThat(occurrences(noticeText(), PROMPT_EN)).isEqualTo(1);
        assertThat(noticeText()).doesNotContain(PROMPT_ZH);
    }

    @Test
    void the_chinese_ui_shows_the_chinese_texts_and_a_topic_without_english_falls_back_to_them() {
        NoticeView notice = issue(4572, new NoticeView.Topic(null, "减污降碳协同增效", "  ", PROMPT_ZH, null, 20));
        // Blank English texts are stored as none.
        assertThat(notice.topics().get(0).titleEn()).isNull();
        long report = openEditor(4572, Locale.ENGLISH);
        TextArea answer = _get(TextArea.class, spec -> spec.withId("topic-" + notice.topics().get(0).id()));
        assertThat(answer.getLabel()).isEqualTo("减污降碳协同增效");
        assertThat(occurrences(noticeText(), PROMPT_ZH)).isEqualTo(1);

        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().navigate(ReportListView.class);
        UI.getCurrent().navigate(ReportEditorView.class, report);
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("topic-prompt")).getText()).isEqualTo(PROMPT_ZH);
        assertThat(occurrences(noticeText(), PROMPT_ZH)).isEqualTo(1);
    }

    @Test
    void the_notice_comes_before_the_submission_checks_list() {
        issue(4573, new NoticeView.Topic(null, "减污降碳协同增效", PROMPT_ZH, 20));
        openEditor(4573, Locale.SIMPLIFIED_CHINESE);
        List<Component> parts = _get(ReportEditorView.class).getChildren().toList();
        int notice = parts.indexOf(_get(NoticePart.class));
        int submission = parts.indexOf(_get(SubmissionBar.class));
        assertThat(notice).isNotNegative().isLessThan(submission);
    }
}
