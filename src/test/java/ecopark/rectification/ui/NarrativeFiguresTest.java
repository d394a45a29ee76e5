package ecopark.rectification.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import ecopark.UiTest;
import ecopark.report.service.ReportService;
import ecopark.report.ui.ReportEditorView;
import ecopark.security.SystemActor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

/** The report editor quotes the registry's figures and warns where the 2019 narrative's counts do not agree. */
class NarrativeFiguresTest extends UiTest {

    @Autowired ReportService reports;

    private long changchun2019() {
        return SystemActor.call(() -> reports.findVisible(Pageable.unpaged()).stream()
                .filter(r -> r.year() == 2019).findFirst().orElseThrow().id());
    }

    @Test
    void the_2019_narrative_is_warned_that_its_remaining_count_differs_from_the_registry() {
        login("cc_staff");
        UI.getCurrent().navigate(ReportEditorView.class, changchun2019());

        String warnings = _find(Div.class, spec -> spec.withClasses("figure-warnings")).stream()
                .filter(Div::isVisible).map(d -> d.getElement().getTextRecursively()).reduce("", String::concat);
        assertThat(warnings).contains("剩余4项", "合计不符（15 + 4 ≠ 18）",
                "与整改台账不符：台账中“中央环保督察”截至 2019-12-31 共 18 项，已销号 15 项，未完成 3 项");
        assertThat(warnings).doesNotContain("吉林省生态环境保护督察反馈问题整改");
    }

    @Test
    void staff_insert_the_registrys_figures_into_the_section_they_edit() {
        login("cc_staff");
        UI.getCurrent().navigate(ReportEditorView.class, changchun2019());
        TextArea problems = _get(TextArea.class, spec -> spec.withId("narrative-problems"));
        String before = problems.getValue();
        // The user leaves the section for the button; the browser does not say where the caret was.
        com.github.mvysny.kaributesting.v10.ElementUtilsKt._fireDomEvent(problems.getElement(),
                new com.vaadin.flow.dom.DomEvent(problems.getElement(), "focusout", elemental.json.Json.createObject()));

        _click(_get(Button.class, spec -> spec.withId("insert-figures")));
        Button central = _find(Button.class).stream()
                .filter(b -> "CENTRAL_INSPECTION".equals(b.getElement().getAttribute("data-figure"))).findFirst()
                .orElseThrow();
        _click(central);

        assertThat(problems.getValue())
                .isEqualTo(before + "中央环保督察反馈问题整改涉及长春经济技术开发区共18项任务，已完成15项，剩余3项");
    }

    @Test
    void reviewers_get_the_warnings_but_no_insert_button() {
        login("cc_reviewer1");
        UI.getCurrent().navigate(ReportEditorView.class, changchun2019());

        assertThat(_find(Button.class, spec -> spec.withId("insert-figures"))).isEmpty();
        assertThat(_find(Div.class, spec -> spec.withClasses("figure-warnings"))).anyMatch(Div::isVisible);
    }
}
