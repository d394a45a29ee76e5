package ecopark.report.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import ecopark.LongPaste;
import ecopark.ReportFixtures;
import ecopark.UiTest;
import ecopark.base.ui.component.DecimalField;
import ecopark.evaluation.domain.SheetEntry;
import ecopark.evaluation.service.IndicatorSheetService;
import ecopark.evaluation.service.ThresholdBasis;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A paste longer than footnote a's industry or reason allows stays in the override dialog of section 三, is refused
 * there with the limit, and the indicator keeps its threshold. Report year 4153.
 */
class SectionThreeLongPasteTest extends UiTest {

    @Autowired ReportFixtures fixtures;
    @Autowired IndicatorSheetService sheets;

    @Test
    void a_long_industry_and_reason_stay_in_the_override_dialog_with_their_limits_and_nothing_is_saved() {
        long report = fixtures.completeReport(4153);
        login("cc_staff");
        UI.getCurrent().navigate(ReportEditorView.class, report);
        SectionThreeSteps.openSectionThree();
        _click(_get(Button.class, spec -> spec.withId("override-11")));

        String industry = LongPaste.over(SheetEntry.INDUSTRY_MAX_LENGTH);
        String reason = LongPaste.over(SheetEntry.REASON_MAX_LENGTH);
        TextField industryField = _get(TextField.class, spec -> spec.withId("override-industry"));
        TextArea reasonField = _get(TextArea.class, spec -> spec.withId("override-reason"));
        _setValue(_get(DecimalField.class, spec -> spec.withId("override-threshold")), "0.40");
        _setValue(industryField, industry);
        _setValue(_get(DecimalField.class, spec -> spec.withId("override-industry-share")), "76");
        _setValue(reasonField, reason);
        _click(_get(Button.class, spec -> spec.withId("override-save")));

        LongPaste.assertKeptAndRefused(industryField, industry, SheetEntry.INDUSTRY_MAX_LENGTH);
        LongPaste.assertKeptAndRefused(reasonField, reason, SheetEntry.REASON_MAX_LENGTH);
        assertThat(_find(Dialog.class)).hasSize(1);
        assertThat(sheets.evaluate(report).outcome("11").orElseThrow().threshold().basis())
                .isNotEqualTo(ThresholdBasis.INDUSTRY_OVERRIDE);
    }
}
