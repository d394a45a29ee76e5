package ecopark.notice.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import ecopark.UiTest;
import ecopark.notice.NoticeFixtures;
import ecopark.notice.service.AnnualNotices;
import ecopark.notice.service.NoticeView;
import ecopark.security.SystemActor;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The national office issues a notice with its rows in the notices view; others read it. Years 4417–4419. */
class NoticesViewTest extends UiTest {

    @Autowired NoticeFixtures fixtures;
    @Autowired AnnualNotices notices;

    @Test
    void the_national_office_issues_a_notice_with_a_deliverable_and_a_topic_refusals_shown_at_their_fields() {
        fixtures.nationalManager();
        login(NoticeFixtures.NATIONAL_MANAGER);
        navigate("notices");
        NoticesView view = _get(NoticesView.class);
        assertThat(view.issue.isVisible()).isTrue();

        _click(view.issue);
        NoticeForm form = view.form;
        _setValue(form.reportYear, 4417);
        _setValue(form.documentNumber, "科财函〔4418〕17号（测试）");
        _setValue(form.title, "关于开展4417年度评价工作的通知");
        _setValue(form.issuedOn, LocalDate.of(4418, 4, 10));
        _setValue(form.parksDeadline, LocalDate.of(4418, 5, 31));
        _setValue(form.provincesDeadline, LocalDate.of(4418, 5, 1));
        _click(form.addDeliverable);
        _click(form.addTopic);
        NoticeForm.DeliverableRow deliverable = form.deliverables.get(0);
        _setValue(deliverable.nameZh, "碳达峰碳中和实施路径专项报告");
        _setValue(deliverable.kinds, Set.of());
        NoticeForm.TopicRow topic = form.topics.get(0);
        _setValue(topic.title, "减污降碳协同增效");
        _setValue(topic.prompt, "请说明举措和成效。");
        _setValue(topic.minLength, 300);
        _click(_get(Button.class, spec -> spec.withId("save-notice")));

        // Nothing saved; each refusal is at its field, in Chinese.
        assertThat(form.provincesDeadline.isInvalid()).isTrue();
        assertThat(form.provincesDeadline.getErrorMessage()).isEqualTo("省级报送截止日期不能早于园区报送截止日期");
        assertThat(deliverable.nameEn.isInvalid()).isTrue();
        assertThat(deliverable.nameEn.getErrorMessage()).isEqualTo("此项为必填项");
        assertThat(deliverable.kinds.isInvalid()).isTrue();
        assertThat(deliverable.kinds.getErrorMessage()).isEqualTo("请至少选择一种文件类型");
        assertThat(form.title.isInvalid()).isFalse();
        assertThat(SystemActor.call(() -> notices.forYear(4417))).isEmpty();

        _setValue(form.provincesDeadline, LocalDate.of(4418, 6, 30));
        _setValue(deliverable.nameEn, "Special report on the path to carbon peaking and carbon neutrality");
        _setValue(deliverable.kinds, Set.of("pdf", "docx"));
        // The topic's English texts (optional) for the English interface.
        _setValue(topic.titleEn, "Synergy of pollution and carbon reduction");
        _setValue(topic.promptEn, "Describe the measures and their results.");
        _click(_get(Button.class, spec -> spec.withId("save-notice")));

        NoticeView saved = SystemActor.call(() -> notices.forYear(4417)).orElseThrow();
        assertThat(saved.deliverables()).extracting(NoticeView.Deliverable::fileKinds)
                .containsExactly(java.util.List.of("pdf", "docx"));
        assertThat(saved.topics()).extracting(NoticeView.Topic::title, NoticeView.Topic::minLength)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("减污降碳协同增效", 300));
        assertThat(saved.topics()).extracting(NoticeView.Topic::titleEn, NoticeView.Topic::promptEn)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Synergy of pollution and carbon reduction",
                        "Describe the measures and their results."));
        assertThat(GridKt._findAll(view.grid)).extracting(NoticeView::documentNumber)
                .contains("科财函〔4418〕17号（测试）");
    }

    @Test
    void park_staff_read_a_notice_but_cannot_issue_or_change_it() {
        NoticeView notice = fixtures.issue(4419, LocalDate.of(4420, 5, 31));
        login("cc_staff");
        navigate("notices");
        NoticesView view = _get(NoticesView.class);
        assertThat(view.issue.isVisible()).isFalse();

        view.open(notice);

        assertThat(view.form.documentNumber.getValue()).isEqualTo(notice.documentNumber());
        assertThat(view.form.documentNumber.isReadOnly()).isTrue();
        assertThat(view.form.topics.get(0).prompt.isReadOnly()).isTrue();
        assertThat(view.form.topics.get(0).promptEn.isReadOnly()).isTrue();
        assertThat(view.form.topics.get(0).titleEn.getValue()).isEmpty();
        assertThat(view.form.addTopic.isVisible()).isFalse();
        assertThat(_find(Button.class, spec -> spec.withId("save-notice"))).isEmpty();
    }
}
