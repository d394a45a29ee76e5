package ecopark.report.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.dom.Element;
import ecopark.ActingUsers;
import ecopark.ReportFixtures;
import ecopark.UiTest;
import ecopark.base.ui.component.DecimalField;
import ecopark.evaluation.ui.EvaluationView;
import ecopark.report.service.ReportService;
import ecopark.report.service.ReportWorkflow;
import ecopark.security.SignedInUser;
import ecopark.security.SystemActor;
import elemental.json.Json;
import elemental.json.JsonObject;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

/**
 * The drafting rough edges of issue 13, as a park's staff meet them in the report editor and on the evaluation page.
 * Report years 3321–3339 (see {@link ReportFixtures}).
 */
class DraftingFinishTest extends UiTest {

    @Autowired ReportService reports;
    @Autowired ReportWorkflow workflow;
    @Autowired ReportFixtures fixtures;
    @Autowired ActingUsers acting;

    private long emptyReport(int year) {
        SignedInUser staff = fixtures.changchunStaff();
        return SystemActor.callAs(staff, () -> reports.create(staff.parkId(), year).getId());
    }

    private long changchun2019() {
        return SystemActor.call(() -> reports.findVisible(Pageable.unpaged()).stream()
                .filter(r -> r.year() == 2019 && r.parkName().equals("长春经济技术开发区")).findFirst().orElseThrow()
                .id());
    }

    private static TextArea narrative(String id) {
        return _get(TextArea.class, spec -> spec.withId("narrative-" + id));
    }

    /** The browser reports that the user left the text with the caret at {@code caret} (null: not known). */
    private static void leave(TextArea area, Integer caret) {
        JsonObject data = Json.createObject();
        if (caret != null) {
            data.put(NarrativeFiguresPart.CARET, caret);
        }
        Element element = area.getElement();
        com.github.mvysny.kaributesting.v10.ElementUtilsKt._fireDomEvent(element,
                new DomEvent(element, "focusout", data));
    }

    /** The JavaScript the next response would carry to the browser (taken: the next call sees only newer calls). */
    private static String pendingJavaScript() {
        UI.getCurrent().getInternals().getStateTree().runExecutionsBeforeClientResponse();
        return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .map(i -> i.getInvocation().getExpression()).collect(Collectors.joining("\n"));
    }

    /**
     * The browser's router as a real browser has it: it asks the server to navigate (a click in the side navigation
     * or Back) and waits for the server's answer — "paused" while a view postponed the navigation, "connected" when
     * the navigation is over — before it handles the next one. Karibu's UI has none, so the test gives it one.
     */
    private static void withBrowserRouter() throws ReflectiveOperationException {
        UI ui = UI.getCurrent();
        Element router = new Element("div");
        ui.getElement().appendVirtualChild(router);
        java.lang.reflect.Field wrapper = UI.class.getDeclaredField("wrapperElement");
        wrapper.setAccessible(true);
        wrapper.set(ui, router);
        // The page the browser loaded: its first report to the server only connects the router.
        clickInSideNavigation(ui.getInternals().getActiveViewLocation().getPath());
        pendingJavaScript();
    }

    private static void clickInSideNavigation(String route) {
        UI ui = UI.getCurrent();
        ui.browserNavigate(new UI.BrowserNavigateEvent(ui, true, route, "", null, null, "link"));
    }

    @Test
    void staying_on_the_page_ends_the_postponed_navigation_so_the_menu_works_again_after_saving() throws Exception {
        long id = emptyReport(3321);
        login("cc_staff");
        UI.getCurrent().navigate(ReportEditorView.class, id);
        withBrowserRouter();
        _setValue(narrative("problems"), "尚未保存的问题说明");

        clickInSideNavigation("reports");
        assertThat(pendingJavaScript()).contains("this.serverPaused()");
        ConfirmDialogKt._fireCancel(_get(ConfirmDialog.class));

        // Staying keeps the text and tells the browser's router the navigation is over: it no longer waits.
        assertThat(pendingJavaScript()).contains("this.serverConnected($0)");
        assertThat(narrative("problems").getValue()).isEqualTo("尚未保存的问题说明");
        _get(ReportEditorView.class);

        // Still unsaved: the next click asks again instead of doing nothing.
        clickInSideNavigation("reports");
        assertThat(_find(ConfirmDialog.class)).hasSize(1);
        ConfirmDialogKt._fireCancel(_get(ConfirmDialog.class));
        pendingJavaScript();

        _click(_get(Button.class, spec -> spec.withId("save-report")));
        clickInSideNavigation("reports");

        _get(ReportListView.class);
        assertThat(_find(ReportEditorView.class)).isEmpty();
        assertThat(UI.getCurrent().getInternals().getContinueNavigationAction()).isNull();
    }

    @Test
    void submit_is_off_while_the_saved_report_fails_the_check_with_the_reasons_beside_it() {
        long incomplete = emptyReport(3323);
        long complete = fixtures.completeReport(3325);
        login("cc_staff");

        UI.getCurrent().navigate(ReportEditorView.class, incomplete);
        assertThat(_get(Button.class, spec -> spec.withId("submit-report")).isEnabled()).isFalse();
        assertThat(_get(Div.class, spec -> spec.withId("submission-problems")).getElement().getTextRecursively())
                .startsWith("提交前还需完成：");

        // Unsaved text might complete the report: the click saves it, checks again and shows what is still missing.
        _setValue(narrative("introduction"), "园区简介");
        Button submit = _get(Button.class, spec -> spec.withId("submit-report"));
        assertThat(submit.isEnabled()).isTrue();
        _click(submit);
        assertThat(_find(ConfirmDialog.class)).isEmpty();
        assertThat(submit.isEnabled()).isFalse();
        assertThat(_get(Div.class, spec -> spec.withId("submission-problems")).getElement().getTextRecursively())
                .startsWith("提交前还需完成：").doesNotContain("请填写“园区简介”");

        UI.getCurrent().navigate(ReportEditorView.class, complete);
        assertThat(_get(Button.class, spec -> spec.withId("submit-report")).isEnabled()).isTrue();
        assertThat(_get(Div.class, spec -> spec.withId("submission-problems")).getElement().getTextRecursively())
                .isEmpty();
    }

    @Test
    void registry_figures_go_where_the_user_was_writing_without_added_punctuation() {
        login("cc_staff");
        UI.getCurrent().navigate(ReportEditorView.class, changchun2019());
        TextArea problems = narrative("problems");
        _setValue(problems, "一是整改：。二是其他");
        String before = narrative("main-work").getValue();
        leave(problems, "一是整改：".length());

        _click(_get(Button.class, spec -> spec.withId("insert-figures")));
        _click(_find(Button.class).stream()
                .filter(b -> "CENTRAL_INSPECTION".equals(b.getElement().getAttribute("data-figure"))).findFirst()
                .orElseThrow());

        String sentence = "中央环保督察反馈问题整改涉及长春经济技术开发区共18项任务，已完成15项，剩余3项";
        assertThat(problems.getValue()).isEqualTo("一是整改：" + sentence + "。二是其他");
        assertThat(narrative("main-work").getValue()).isEqualTo(before);
        assertThat(_get(ReportEditorView.class).hasUnsavedChanges()).isTrue();
    }

    @Test
    void without_a_known_caret_the_figures_follow_the_text_of_the_section_last_left() {
        login("cc_staff");
        UI.getCurrent().navigate(ReportEditorView.class, changchun2019());
        TextArea nextPlan = narrative("next-plan");
        _setValue(nextPlan, "明年计划如下：");
        leave(nextPlan, null);

        _click(_get(Button.class, spec -> spec.withId("insert-figures")));
        _click(_find(Button.class).stream()
                .filter(b -> "CENTRAL_INSPECTION".equals(b.getElement().getAttribute("data-figure"))).findFirst()
                .orElseThrow());

        assertThat(nextPlan.getValue()).isEqualTo(
                "明年计划如下：中央环保督察反馈问题整改涉及长春经济技术开发区共18项任务，已完成15项，剩余3项");
    }

    @Test
    void a_submitted_report_offers_no_draft_pdf_and_its_evaluation_page_says_where_it_stands() {
        long id = fixtures.completeReport(3327);
        login("cc_staff");
        UI.getCurrent().navigate(ReportEditorView.class, id);
        assertThat(_find(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("draft-pdf"))).hasSize(1);
        navigate("evaluation/" + id);
        assertThat(_get(Div.class, spec -> spec.withClasses("submission-check")).getElement().getTextRecursively())
                .contains("可以提交");

        acting.as("cc_staff", () -> workflow.submit(id));
        UI.getCurrent().navigate(ReportEditorView.class, id);
        assertThat(_find(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("draft-pdf"))).isEmpty();

        navigate("evaluation/" + id);
        _get(EvaluationView.class);
        String state = _get(Div.class, spec -> spec.withClasses("submission-check")).getElement()
                .getTextRecursively();
        assertThat(state).contains("报告状态：已提交").doesNotContain("可以提交");
    }

    @Test
    void a_value_field_shows_its_unit_once_and_numbers_show_their_digits_without_padding() {
        long id = fixtures.completeReport(3329);
        login("cc_staff");
        UI.getCurrent().navigate(ReportEditorView.class, id);
        SectionThreeSteps.openSectionThree();

        DecimalField value = _get(DecimalField.class, spec -> spec.withId("value-29"));
        assertThat(value.getPlaceholder()).isNullOrEmpty();
        assertThat(value.getSuffixComponent().getElement().getTextRecursively()).isNotBlank();
        assertThat(value.getValue()).isEqualTo("17.6");
        assertThat(_get(DecimalField.class, spec -> spec.withId("stat-industrial_output-3329")).getValue())
                .isEqualTo("9020000");

        navigate("evaluation/" + id);
        String panel = _get(Div.class, spec -> spec.withClasses("evaluation-panel")).getElement()
                .getTextRecursively();
        assertThat(panel).contains("园区工业增加值 = 2400000 万元", "新鲜水耗 = 12480000 立方米")
                .doesNotContain("2400000.0").doesNotContain(".000000");
    }
}
