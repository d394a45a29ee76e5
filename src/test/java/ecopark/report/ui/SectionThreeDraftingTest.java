package ecopark.report.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import ecopark.ReportFixtures;
import ecopark.UiTest;
import ecopark.base.ui.component.DecimalField;
import ecopark.evaluation.service.IndicatorSheetService;
import ecopark.evaluation.service.SheetView;
import ecopark.evaluation.service.SheetWorkbook;
import ecopark.evaluation.ui.EvaluationPanel;
import ecopark.evaluation.ui.SectionThreeEditor;
import ecopark.report.service.ReportService;
import ecopark.report.service.ReportWorkflow;
import ecopark.security.SystemActor;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

/**
 * Drafting section 三 in the report editor: the Excel round trip, the selection of optional indicators saved as a
 * whole with the report, footnote a's industry value, and the leave warning for statistics not saved yet.
 */
class SectionThreeDraftingTest extends UiTest {

    @Autowired ReportService reports;
    @Autowired IndicatorSheetService sheets;
    @Autowired SheetWorkbook workbook;
    @Autowired ReportFixtures fixtures;
    @Autowired ReportWorkflow workflow;

    private long changchun2019() {
        return SystemActor.call(() -> reports.findVisible(Pageable.unpaged()).stream()
                .filter(r -> r.year() == 2019).findFirst().orElseThrow().id());
    }

    @Test
    void staff_get_export_and_import_in_the_editor() {
        long report = fixtures.completeReport(2501);
        login("cc_staff");
        UI.getCurrent().navigate(ReportEditorView.class, report);
        SectionThreeSteps.openSectionThree();

        Anchor export = _get(Anchor.class, spec -> spec.withId("export-workbook"));
        assertThat(_get(export, Span.class).getText()).isEqualTo("导出 Excel 模板");
        assertThat(export.getHref()).isNotBlank();
        _get(Upload.class, spec -> spec.withId("import-workbook"));
    }

    @Test
    void reviewers_export_but_see_no_import() {
        login("cc_reviewer1");
        UI.getCurrent().navigate(ReportEditorView.class, changchun2019());
        SectionThreeSteps.openSectionThree();

        _get(Anchor.class, spec -> spec.withId("export-workbook"));
        assertThat(_find(Upload.class, spec -> spec.withId("import-workbook"))).isEmpty();
    }

    @Test
    void a_submitted_report_offers_the_export_but_no_import_and_no_changes() {
        long report = fixtures.completeReport(2515);
        SystemActor.callAs(fixtures.changchunStaff(), () -> workflow.submit(report));
        login("cc_staff");
        UI.getCurrent().navigate(ReportEditorView.class, report);
        SectionThreeSteps.openSectionThree();

        _get(Anchor.class, spec -> spec.withId("export-workbook"));
        assertThat(_find(Upload.class, spec -> spec.withId("import-workbook"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("save-report"))).allMatch(b -> !b.isVisible());
        assertThat(_find(DecimalField.class)).isNotEmpty().allMatch(DecimalField::isReadOnly);
        assertThat(_find(Checkbox.class)).allMatch(Checkbox::isReadOnly);
    }

    @Test
    void an_import_with_wrong_cells_lists_each_with_its_address_and_changes_nothing() {
        long report = fixtures.completeReport(2503);
        login("cc_staff");
        SheetView before = sheets.sheet(report);
        byte[] wrong = edit(workbook.export(report, Locale.SIMPLIFIED_CHINESE).content(), book -> {
            Sheet stats = book.getSheet("统计数据");
            stats.getRow(6).getCell(6).setCellValue("abc");
            Sheet indicators = book.getSheet("指标数据");
            indicators.getRow(18).getCell(7).setCellValue("也许");
        });
        UI.getCurrent().navigate(ReportEditorView.class, report);
        SectionThreeSteps.openSectionThree();

        _get(SectionThreeEditor.class).importWorkbook(wrong);

        assertThat(_get(Span.class, spec -> spec.withId("import-message")).getText())
                .isEqualTo("文件中有 2 处问题，未做任何修改：");
        assertThat(_find(_get(Div.class, spec -> spec.withId("import-problems")), ListItem.class))
                .extracting(ListItem::getText)
                .containsExactly("指标数据!H19：须填“是”或“否”，而不是“也许”。", "统计数据!G7：请只输入数字，不要带单位或符号（单位已在栏目中注明）");
        assertThat(sheets.sheet(report)).isEqualTo(before);
    }

    @Test
    void a_valid_import_updates_the_fields_and_the_live_evaluation() {
        long report = fixtures.completeReport(2505);
        login("cc_staff");
        byte[] filled = edit(workbook.export(report, Locale.SIMPLIFIED_CHINESE).content(), book -> {
            book.getSheet("统计数据").getRow(6).getCell(6).setCellValue(240000);
            book.getSheet("指标数据").getRow(23).getCell(7).setCellValue("否");
        });
        UI.getCurrent().navigate(ReportEditorView.class, report);
        SectionThreeSteps.openSectionThree();

        _get(SectionThreeEditor.class).importWorkbook(filled);

        assertThat(_get(Span.class, spec -> spec.withId("import-message")).getText())
                .isEqualTo("导入完成：更新了 1 项指标数据、1 项统计数据，评价结果已更新。");
        assertThat(_get(DecimalField.class, spec -> spec.withId("stat-employees-2505")).getValue())
                .isEqualTo("240000");
        assertThat(sheets.sheet(report).entries().stream().filter(e -> e.code().equals("22")).findFirst()
                .orElseThrow().enteredState()).isFalse();
        _get(EvaluationPanel.class);
    }

    @Test
    void optional_indicators_are_ticked_then_saved_with_the_report_and_too_few_are_explained() {
        long report = SystemActor.callAs(fixtures.changchunStaff(),
                () -> reports.create(fixtures.changchunStaff().parkId(), 2507).getId());
        login("cc_staff");
        UI.getCurrent().navigate(ReportEditorView.class, report);
        SectionThreeSteps.openSectionThree();
        Button save = _get(Button.class, spec -> spec.withId("save-report"));
        assertThat(_find(Button.class, spec -> spec.withId("apply-selection"))).isEmpty();

        tick("2", "6");
        _click(save);

        TextField reason = _get(TextField.class, spec -> spec.withId("selection-change-reason"));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("可选指标至少选择 6 项，目前选择了 2 项。");
        assertThat(_get(Checkbox.class, spec -> spec.withId("select-2")).getValue()).isTrue();
        assertThat(sheets.sheet(report).entries().stream().filter(SheetView.Entry::selected)
                .map(SheetView.Entry::code)).doesNotContain("2", "6");

        tick("8", "11", "14", "27", "28");
        assertThat(_get(Span.class, spec -> spec.withId("selection-state")).getText())
                .isEqualTo("已选可选指标 7 项（至少 6 项）。 尚未保存。");
        _click(save);

        assertThat(sheets.sheet(report).entries().stream().filter(SheetView.Entry::selected)
                .map(SheetView.Entry::code)).contains("2", "6", "8", "11", "14", "27", "28");
        assertThat(_get(Span.class, spec -> spec.withId("selection-state")).getText())
                .isEqualTo("已选可选指标 7 项（至少 6 项）。");
        assertThat(reason.isInvalid()).isFalse();
        assertThat(_get(ReportEditorView.class).hasUnsavedChanges()).isFalse();
    }

    @Test
    void leaving_with_typed_but_unsaved_statistics_asks_first() {
        long report = fixtures.completeReport(2509);
        login("cc_staff");
        UI.getCurrent().navigate(ReportEditorView.class, report);
        SectionThreeSteps.openSectionThree();
        _setValue(_get(DecimalField.class, spec -> spec.withId("stat-employees-2509")), "130000");

        UI.getCurrent().navigate(ReportListView.class);

        assertThat(_find(ConfirmDialog.class)).hasSize(1);
        _get(ReportEditorView.class);
    }

    @Test
    void leaving_after_saving_the_statistics_with_the_report_does_not_ask() {
        long report = fixtures.completeReport(2511);
        login("cc_staff");
        UI.getCurrent().navigate(ReportEditorView.class, report);
        SectionThreeSteps.openSectionThree();
        _setValue(_get(DecimalField.class, spec -> spec.withId("stat-employees-2511")), "130000");
        _click(_get(Button.class, spec -> spec.withId("save-report")));

        UI.getCurrent().navigate(ReportListView.class);

        assertThat(_find(ConfirmDialog.class)).isEmpty();
        _get(ReportListView.class);
    }

    @Test
    void a_footnote_a_industry_value_is_entered_in_a_dialog_and_an_incomplete_one_is_explained_there() {
        long report = fixtures.completeReport(2513);
        login("cc_staff");
        UI.getCurrent().navigate(ReportEditorView.class, report);
        SectionThreeSteps.openSectionThree();

        _click(_get(Button.class, spec -> spec.withId("override-11")));
        _setValue(_get(DecimalField.class, spec -> spec.withId("override-threshold")), "0.40");
        _setValue(_get(TextField.class, spec -> spec.withId("override-industry")), "汽车制造业");
        _click(_get(Button.class, spec -> spec.withId("override-save")));

        assertThat(_get(Span.class, spec -> spec.withId("override-error")).getText()).contains("行业替代值须填写");
        assertThat(_get(TextField.class, spec -> spec.withId("override-industry")).getValue()).isEqualTo("汽车制造业");

        _setValue(_get(TextArea.class, spec -> spec.withId("override-reason")), "汽车制造业产值占园区工业总产值 76%");
        _click(_get(Button.class, spec -> spec.withId("override-save")));

        // Footnote a's condition is a number, checked against 70 %: without it the dialog explains and stays open.
        assertThat(_get(Span.class, spec -> spec.withId("override-error")).getText()).contains("70");
        _setValue(_get(DecimalField.class, spec -> spec.withId("override-industry-share")), "７６");
        _click(_get(Button.class, spec -> spec.withId("override-save")));

        assertThat(_find(Dialog.class)).isEmpty();
        assertThat(_get(Button.class, spec -> spec.withId("override-11")).getText()).isEqualTo("行业替代值 0.4（汽车制造业）");
        assertThat(sheets.evaluate(report).outcome("11").orElseThrow().threshold().basis())
                .isEqualTo(ecopark.evaluation.service.ThresholdBasis.INDUSTRY_OVERRIDE);
    }

    private static void tick(String... codes) {
        for (String code : codes) {
            _setValue(_get(Checkbox.class, spec -> spec.withId("select-" + code)), true);
        }
    }

    private static byte[] edit(byte[] content, Consumer<XSSFWorkbook> change) {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(content));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            change.accept(book);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
