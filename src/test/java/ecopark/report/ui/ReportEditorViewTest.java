package ecopark.report.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import ecopark.UiTest;
import ecopark.report.domain.AnnualReport;
import ecopark.report.domain.NarrativeSection;
import ecopark.report.service.ReportDraft;
import ecopark.report.service.ReportListItem;
import ecopark.report.service.ReportService;
import ecopark.security.SignedInUser;
import ecopark.security.SystemActor;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.userdetails.UserDetailsService;

class ReportEditorViewTest extends UiTest {

    @Autowired ReportService reports;
    @Autowired UserDetailsService accounts;

    private long reportOf(int year) {
        return SystemActor.call(() -> reports.findVisible(Pageable.unpaged()).stream()
                .filter(r -> r.year() == year && r.parkName().equals("长春经济技术开发区")).findFirst()
                .map(ReportListItem::id).orElseGet(() -> {
                    SignedInUser staff = (SignedInUser) accounts.loadUserByUsername("cc_staff");
                    return SystemActor.callAs(staff, () -> reports.create(staff.parkId(), year).getId());
                }));
    }

    private AnnualReport stored(long id) {
        return SystemActor.call(() -> reports.get(id));
    }

    @Test
    void staff_see_their_reports_and_open_the_seed_report_laid_out_like_the_form() {
        login("cc_staff");
        UI.getCurrent().navigate(ReportListView.class);

        @SuppressWarnings("unchecked")
        Grid<ReportListItem> grid = _get(Grid.class);
        assertThat(GridKt._size(grid)).isGreaterThanOrEqualTo(1);
        assertThat(GridKt._get(grid, 0).parkName()).isEqualTo("长春经济技术开发区");

        UI.getCurrent().navigate(ReportEditorView.class, reportOf(2019));
        assertThat(_get(TextField.class, spec -> spec.withId("park-name")).getValue()).isEqualTo("长春经济技术开发区");
        assertThat(_get(TextField.class, spec -> spec.withId("email")).getValue()).isEqualTo("652007137@qq.com");
        assertThat(_get(TextArea.class, spec -> spec.withId("narrative-introduction")).getValue())
                .startsWith("长春经开区成立于 1992 年");
        assertThat(_get(TextArea.class, spec -> spec.withId("narrative-introduction")).getHelperText())
                .contains("/ 30000 字");
    }

    @Test
    void a_second_report_for_the_same_year_is_refused_next_to_the_year_field() {
        login("cc_staff");
        UI.getCurrent().navigate(ReportListView.class);

        IntegerField year = _get(IntegerField.class);
        _setValue(year, 2019);
        _click(_get(Button.class, spec -> spec.withText("新建年度报告")));

        assertThat(year.isInvalid()).isTrue();
        assertThat(year.getErrorMessage()).contains("2019 年度报告已存在");
    }

    @Test
    void a_new_report_opens_in_the_editor_with_last_years_basic_information() {
        login("cc_staff");
        UI.getCurrent().navigate(ReportListView.class);

        _setValue(_get(IntegerField.class), 2020);
        _click(_get(Button.class, spec -> spec.withText("新建年度报告")));

        _get(ReportEditorView.class);
        assertThat(_get(TextField.class, spec -> spec.withId("postcode")).getValue()).isEqualTo("130033");
        assertThat(_get(TextArea.class, spec -> spec.withId("narrative-main-work")).getValue()).isEmpty();
    }

    @Test
    void saved_text_is_stored_with_who_saved_it() {
        long id = reportOf(2021);
        login("cc_staff");
        UI.getCurrent().navigate(ReportEditorView.class, id);

        _setValue(_get(TextArea.class, spec -> spec.withId("narrative-problems")), "- (1)产业结构调整压力大\n- (2)龙头项目较少");
        _click(_get(Button.class, spec -> spec.withId("save-report")));

        AnnualReport saved = stored(id);
        assertThat(saved.narrative(NarrativeSection.PROBLEMS)).isEqualTo("- (1)产业结构调整压力大\n- (2)龙头项目较少");
        assertThat(saved.getUpdatedBy()).isEqualTo("王丽");
        assertThat(_get(ReportEditorView.class).isDirty()).isFalse();
    }

    @Test
    void a_bad_email_is_shown_next_to_the_field_and_nothing_is_lost() {
        long id = reportOf(2022);
        login("cc_staff");
        UI.getCurrent().navigate(ReportEditorView.class, id);

        TextField email = _get(TextField.class, spec -> spec.withId("email"));
        _setValue(email, "652007137@qq. com");
        _setValue(_get(TextArea.class, spec -> spec.withId("narrative-next-plan")), "2023 年工作计划");
        _click(_get(Button.class, spec -> spec.withId("save-report")));

        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).contains("有效的电子邮箱");
        assertThat(email.getValue()).isEqualTo("652007137@qq. com");
        assertThat(stored(id).narrative(NarrativeSection.NEXT_PLAN)).isNull();
        assertThat(_get(TextArea.class, spec -> spec.withId("narrative-next-plan")).getValue()).isEqualTo("2023 年工作计划");
    }

    @Test
    void a_concurrent_save_by_a_colleague_is_refused_with_their_name_and_the_text_stays() {
        long id = reportOf(2023);
        login("cc_staff");
        UI.getCurrent().navigate(ReportEditorView.class, id);
        TextArea intro = _get(TextArea.class, spec -> spec.withId("narrative-introduction"));
        _setValue(intro, "我的修改");

        // Meanwhile someone else saves the same report (here the system actor, so the notice names "System").
        SystemActor.run(() -> {
            AnnualReport theirs = reports.get(id);
            reports.saveDraft(id, ReportDraft.of(theirs).withNarratives(Map.of(NarrativeSection.INTRODUCTION, "他人的修改")));
        });
        _click(_get(Button.class, spec -> spec.withId("save-report")));

        Div notice = _get(Div.class, spec -> spec.withId("conflict-notice"));
        assertThat(notice.isVisible()).isTrue();
        assertThat(notice.getElement().getTextRecursively()).contains("System").contains("修改并保存了此报告");
        assertThat(intro.getValue()).isEqualTo("我的修改");
        assertThat(stored(id).narrative(NarrativeSection.INTRODUCTION)).isEqualTo("他人的修改");
    }

    @Test
    void reviewers_read_the_report_but_cannot_edit_it() {
        long id = reportOf(2019);
        login("cc_reviewer1");
        UI.getCurrent().navigate(ReportEditorView.class, id);

        assertThat(_get(TextField.class, spec -> spec.withId("park-name")).isReadOnly()).isTrue();
        assertThat(_get(TextArea.class, spec -> spec.withId("narrative-main-work")).isReadOnly()).isTrue();
        assertThat(_find(Button.class, spec -> spec.withId("save-report"))).allMatch(b -> !b.isVisible());
    }

    @Test
    void leaving_with_unsaved_changes_asks_first() {
        long id = reportOf(2019);
        login("cc_staff");
        UI.getCurrent().navigate(ReportEditorView.class, id);
        _setValue(_get(TextArea.class, spec -> spec.withId("narrative-achievements")), "未保存的文字");

        UI.getCurrent().navigate(ReportListView.class);

        assertThat(_find(ConfirmDialog.class)).hasSize(1);
        _get(ReportEditorView.class);
    }

    @Test
    void staff_of_another_park_are_denied_the_report() {
        long id = reportOf(2019);
        login("tj_staff");
        UI.getCurrent().navigate(ReportEditorView.class, id);

        assertThat(_find(ReportEditorView.class)).isEmpty();
    }
}
