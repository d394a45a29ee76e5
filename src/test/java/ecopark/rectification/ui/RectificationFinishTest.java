package ecopark.rectification.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static ecopark.rectification.ui.RegistryScreens.listed;
import static ecopark.rectification.ui.RegistryScreens.openTask;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.FileRejectedEvent;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import ecopark.UiTest;
import ecopark.rectification.RectificationFixtures;
import ecopark.rectification.domain.RectificationSource;
import ecopark.rectification.service.NewRound;
import ecopark.rectification.service.TaskCommands;
import ecopark.rectification.service.TaskQueries;
import ecopark.rectification.service.RoundItem;
import ecopark.rectification.service.TaskListItem;
import ecopark.rectification.service.TaskState;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The registry's rough edges of issue 13, as staff and managers of Changchun meet them. */
class RectificationFinishTest extends UiTest {

    @Autowired RectificationFixtures fixtures;
    @Autowired TaskCommands registry;
    @Autowired TaskQueries queries;

    private static String pendingJavaScript() {
        UI.getCurrent().getInternals().getStateTree().runExecutionsBeforeClientResponse();
        return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .map(i -> i.getInvocation().getExpression()).collect(Collectors.joining("\n"));
    }

    @Test
    void the_list_opens_on_what_needs_doing_earliest_deadline_first_and_all_stays_one_click_away() {
        login("cc_staff");
        navigate("rectification");

        assertThat(_get(Select.class, spec -> spec.withId("filter-state")).getValue()).isEqualTo(TaskState.OPEN);
        List<TaskListItem> open = listed();
        assertThat(open).isNotEmpty().noneMatch(t -> t.status().name().equals("CLOSED"));
        assertThat(open).isSortedAccordingTo(Comparator.comparing(TaskListItem::deadline));

        UI.getCurrent().navigate("rectification", QueryParameters.simple(Map.of("state", "ALL")));
        assertThat(_get(Select.class, spec -> spec.withId("filter-state")).getValue()).isEqualTo(TaskState.ALL);
        assertThat(listed()).hasSizeGreaterThan(600);
    }

    @Test
    void the_extension_date_is_picked_in_chinese_and_typed_as_an_iso_date() {
        long id = fixtures.centralTask("延期日期选择", 30);
        login("cc_staff");
        openTask(id);
        _click(_get(Button.class, spec -> spec.withId("request-extension")));

        DatePicker date = _get(DatePicker.class, spec -> spec.withId("extension-date"));
        assertThat(date.getI18n().getDateFormats()).startsWith("yyyy-MM-dd");
        assertThat(date.getI18n().getMonthNames()).startsWith("一月");
        assertThat(date.getI18n().getBadInputErrorMessage()).contains("2027-03-31");
        LocalDate current = fixtures.as("cc_staff", () -> queries.get(id)).deadline();
        assertThat(date.getI18n().getMinErrorMessage()).isEqualTo("日期不能早于 " + current.plusDays(1) + "。");
        assertThat(date.getFallbackParser().apply("2027年3月31日").getOrThrow(IllegalStateException::new))
                .isEqualTo(LocalDate.of(2027, 3, 31));

        _setValue(date, LocalDate.of(2027, 3, 31));
        _setValue(_get(TextArea.class, spec -> spec.withId("extension-reason")), "设备到货推迟");
        _click(_get(Button.class, spec -> spec.withId("extension-send")));

        assertThat(fixtures.as("cc_staff", () -> queries.get(id)).pendingExtension().requestedDeadline())
                .isEqualTo(LocalDate.of(2027, 3, 31));
    }

    @Test
    void an_english_user_gets_the_same_picker_in_english() {
        long id = fixtures.centralTask("英文日期选择", 30);
        login("cc_staff");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        openTask(id);
        _click(_get(Button.class, spec -> spec.withId("request-extension")));

        DatePicker date = _get(DatePicker.class, spec -> spec.withId("extension-date"));
        assertThat(date.getI18n().getDateFormats()).startsWith("yyyy-MM-dd");
        assertThat(date.getI18n().getMonthNames()).startsWith("January");
        assertThat(date.getI18n().getToday()).isEqualTo("Today");
    }

    @Test
    void the_completion_note_is_the_tasks_latest_progress() {
        long id = fixtures.centralTask("完成说明", 30);
        fixtures.uploadEvidence(id);
        fixtures.as("cc_staff", () -> registry.markDone(id, "12 台油烟净化器已安装并通过验收"));
        login("cc_manager");
        openTask(id);

        assertThat(_get(Div.class, spec -> spec.withClasses("task-details")).getElement().getTextRecursively())
                .contains("最新进展", "12 台油烟净化器已安装并通过验收");
    }

    @SuppressWarnings("unchecked")
    @Test
    void the_import_takes_one_file_after_another_and_says_why_a_file_was_refused() throws Exception {
        RoundItem round = fixtures.as("cc_manager", () -> registry.createRound(new NewRound(null,
                RectificationSource.CENTRAL_FOLLOW_UP, "连续导入测试批次", LocalDate.of(2024, 5, 1))));
        login("cc_manager");
        navigate("rectification");
        _click(_get(Button.class, spec -> spec.withId("import-tasks")));
        ComboBox<RoundItem> rounds = _get(ComboBox.class, spec -> spec.withId("import-round"));
        _setValue(rounds, rounds.getListDataView().getItems().filter(r -> r.id() == round.id()).findFirst()
                .orElseThrow());
        Upload upload = _get(Upload.class, spec -> spec.withId("import-upload"));
        Div result = _get(Div.class, spec -> spec.withId("import-result"));
        pendingJavaScript();

        // Each finished file leaves the upload's list, so the next one is not refused as one file too many.
        UploadKt._upload(upload, "第一份.xlsx", ImportDialog.XLSX_TYPE, "不是表格".getBytes(StandardCharsets.UTF_8));
        allFinished(upload);
        assertThat(pendingJavaScript()).contains("this.files = []");
        MockVaadin.clientRoundtrip();
        assertThat(result.getElement().getTextRecursively()).isNotBlank();

        UploadKt._upload(upload, "第二份.xlsx", ImportDialog.XLSX_TYPE, workbookWithAForeignPark());
        allFinished(upload);
        assertThat(pendingJavaScript()).contains("this.files = []");
        MockVaadin.clientRoundtrip();
        assertThat(result.getElement().getTextRecursively()).contains("发现 1 个问题", "天津经济技术开发区");

        ComponentUtil.fireEvent(upload, new FileRejectedEvent(upload, "一次只能上传一个文件。", "第三份.xlsx"));
        assertThat(result.getElement().getTextRecursively()).isEqualTo("一次只能上传一个文件。");
    }

    /** The browser's "all files finished" after an upload (Karibu's upload does not always send it). */
    private static void allFinished(Upload upload) {
        ComponentUtil.fireEvent(upload, new com.vaadin.flow.component.upload.AllFinishedEvent(upload));
    }

    private static byte[] workbookWithAForeignPark() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            var sheet = workbook.createSheet();
            sheet.createRow(0).createCell(0).setCellValue("园区");
            var row = sheet.createRow(1);
            String[] cells = {"天津经济技术开发区", "越权导入", null, "分局", "刘洋", "2030-06-30"};
            for (int c = 0; c < cells.length; c++) {
                if (cells[c] != null) {
                    row.createCell(c).setCellValue(cells[c]);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
