package ecopark.rectification.ui;

import ecopark.base.filestore.SampleFiles;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static ecopark.rectification.ui.RegistryScreens.listed;
import static ecopark.rectification.ui.RegistryScreens.openTask;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.router.RouterLink;
import ecopark.rectification.service.RoundItem;
import ecopark.rectification.service.NewRound;
import ecopark.rectification.service.TaskFilter;
import ecopark.rectification.domain.RectificationSource;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import ecopark.UiTest;
import ecopark.base.ui.component.EChart;
import ecopark.rectification.RectificationFixtures;
import ecopark.rectification.service.Dashboard;
import ecopark.rectification.service.TaskCommands;
import ecopark.rectification.service.TaskQueries;
import ecopark.rectification.service.TaskListItem;
import ecopark.rectification.service.TaskState;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Map;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The registry's pages as users see them, on the demo registry of Changchun. */
class RectificationViewsTest extends UiTest {

    @Autowired RectificationFixtures fixtures;
    @Autowired TaskCommands registry;
    @Autowired TaskQueries queries;

    @Test
    void park_staff_see_their_parks_registry_and_other_parks_see_nothing_of_it() {
        login("cc_staff");
        UI.getCurrent().navigate("rectification", QueryParameters.simple(Map.of("state", "ALL")));
        List<TaskListItem> changchun = listed();
        assertThat(changchun).hasSizeGreaterThan(600).allMatch(t -> t.parkName().equals("长春经济技术开发区"));
        assertThat(_get(Span.class, spec -> spec.withId("list-total")).getText()).startsWith("共 ");

        logout();
        login("tj_staff");
        UI.getCurrent().navigate("rectification", QueryParameters.simple(Map.of("state", "ALL")));
        assertThat(listed()).noneMatch(t -> t.parkName().equals("长春经济技术开发区"));
    }

    @Test
    void the_address_carries_the_filter_so_the_dashboard_can_link_to_overdue_tasks() {
        login("cc_manager");
        UI.getCurrent().navigate("rectification", QueryParameters.simple(Map.of("state", "OVERDUE")));

        assertThat(_get(Select.class, spec -> spec.withId("filter-state")).getValue()).isEqualTo(TaskState.OVERDUE);
        assertThat(listed()).isNotEmpty().allMatch(TaskListItem::overdue);
        assertThat(listed()).extracting(TaskListItem::title).contains("建成区雨污分流管网改造");
    }

    @SuppressWarnings("unchecked")
    @Test
    void the_managers_dashboard_shows_each_inspection_rounds_progress_as_the_seed_reports_it() {
        login("cc_manager");
        navigate("rectification/dashboard");
        RectificationDashboardView view = _get(RectificationDashboardView.class);
        _setValue(_get(IntegerField.class, spec -> spec.withId("dashboard-year")), 2019);

        Dashboard dashboard = view.dashboard();
        assertThat(dashboard.rounds()).extracting(r -> r.name() + " " + r.figures().total() + "/"
                + r.figures().closed() + "/" + r.figures().open())
                .contains("第一轮中央环境保护督察反馈意见整改 18/15/3", "吉林省生态环境保护督察反馈意见整改 20/18/2",
                        "中央生态环境保护督察“回头看”反馈意见整改 9/8/1", "中央环境保护督察交办信访案件 209/209/0",
                        "省级环保督察交办信访案件 67/67/0", "中央环保督察“回头看”交办信访件 287/287/0");
        assertThat(GridKt._size(_get(Grid.class, spec -> spec.withId("round-grid")))).isEqualTo(8);
        ComboBox<RoundItem> round = _get(ComboBox.class, spec -> spec.withId("dashboard-round"));
        _setValue(round, round.getListDataView().getItems().filter(r -> r.name().equals("第一轮中央环境保护督察反馈意见整改"))
                .findFirst().orElseThrow());
        Dashboard.Figures central = view.dashboard().totals();
        assertThat(central.open()).isEqualTo(3);
        assertThat(central.overdue()).isEqualTo(1);
        assertThat(central.dueSoon()).isEqualTo(1);
        assertThat(central.closedInYear()).isEqualTo(2);
        assertThat(_get(RouterLink.class, spec -> spec.withId("figure-open")).getElement().getTextRecursively())
                .isEqualTo("3未销号");
        assertThat(view.dashboard().burnDown()).isNotEmpty();
        assertThat(_get(EChart.class, spec -> spec.withId("by-park-chart")).getOptionJson())
                .contains("\"xAxis\"", "长春经济技术开发区", "\"stack\":\"tasks\"");
    }

    @Test
    void a_bar_of_the_park_chart_leads_to_that_parks_overdue_tasks() {
        login("cc_manager");
        navigate("rectification/dashboard");

        _get(EChart.class, spec -> spec.withId("by-park-chart")).simulateClick("已逾期", "长春经济技术开发区", 0);

        assertThat(_get(Select.class, spec -> spec.withId("filter-state")).getValue()).isEqualTo(TaskState.OVERDUE);
        assertThat(listed()).isNotEmpty().allMatch(t -> t.overdue() && t.parkName().equals("长春经济技术开发区"));
    }

    @Test
    void park_staff_have_no_dashboard() {
        login("cc_staff");
        navigate("rectification/dashboard");

        assertThat(_find(RectificationDashboardView.class)).isEmpty();
    }

    @Test
    void staff_update_progress_and_upload_evidence_on_the_task_page() {
        long id = fixtures.centralTask("油烟整治", 30);
        login("cc_staff");
        openTask(id);
        assertThat(_get(H2.class, spec -> spec.withId("task-title")).getText()).startsWith("油烟整治");
        assertThat(_find(Button.class, spec -> spec.withId("close-task"))).isEmpty();

        _setValue(_get(IntegerField.class, spec -> spec.withId("progress-percent")), 60);
        _setValue(_get(TextArea.class, spec -> spec.withId("progress-note")), "已完成 12 家餐饮单位");
        _click(_get(Button.class, spec -> spec.withId("progress-save")));
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("task-progress")).getElement()
                .getTextRecursively()).contains("60%");

        _get(EvidencePanel.class).receive("验收照片.pdf", SampleFiles.pdf());
        assertThat(_get(Span.class, spec -> spec.withId("evidence-message")).getText()).contains("已上传");
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("task-history")).getElement()
                .getTextRecursively()).contains("更新进度", "上传佐证材料");
    }

    @Test
    void evidence_too_large_or_of_the_wrong_kind_is_refused_with_a_clear_message() {
        long id = fixtures.centralTask("排污口整治", 30);
        login("cc_staff");
        openTask(id);
        EvidencePanel panel = _get(EvidencePanel.class);
        assertThat(_get(Upload.class).getMaxFileSize()).isEqualTo(10 * 1024 * 1024);

        panel.receive("木马.exe", "MZ".getBytes(StandardCharsets.UTF_8));
        Span message = _get(Span.class, spec -> spec.withId("evidence-message"));
        assertThat(message.getText()).contains("不接受文件“木马.exe”的类型");
        assertThat(message.hasClassName("error")).isTrue();

        byte[] large = new byte[11 * 1024 * 1024];
        System.arraycopy("%PDF".getBytes(StandardCharsets.US_ASCII), 0, large, 0, 4);
        panel.receive("监测报告.pdf", large);
        assertThat(message.getText()).contains("监测报告.pdf", "10 MB");

        panel.receive("伪装.pdf", "PK\u0003\u0004".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(message.getText()).contains("伪装.pdf", "不是可以打开的 PDF 文档");
        assertThat(fixtures.as("cc_staff", () -> queries.get(id)).may().markDone()).isTrue();
    }

    @Test
    void a_manager_closes_a_task_awaiting_verification_from_its_page() {
        long id = fixtures.centralTask("锅炉在线监测", 30);
        fixtures.done(id);
        login("cc_manager");
        openTask(id);
        assertThat(_find(Button.class, spec -> spec.withId("progress-save"))).isEmpty();

        _click(_get(Button.class, spec -> spec.withId("close-task")));
        _setValue(_get(TextArea.class, spec -> spec.withId("decision-text")), "现场核查通过");
        _click(_get(Button.class, spec -> spec.withId("decision-confirm")));

        assertThat(fixtures.as("cc_manager", () -> queries.get(id)).status().name()).isEqualTo("CLOSED");
        assertThat(_find(Button.class, spec -> spec.withId("close-task"))).isEmpty();
        assertThat(_get(FlexLayout.class, spec -> spec.withClasses("task-badges")).getElement().getTextRecursively())
                .contains("已销号");
    }

    @SuppressWarnings("unchecked")
    @Test
    void an_import_with_bad_rows_lists_each_row_and_column_and_imports_nothing() throws Exception {
        RoundItem round = fixtures.as("cc_manager", () -> registry.createRound(new NewRound(null,
                RectificationSource.CENTRAL_FOLLOW_UP, "导入界面测试批次", java.time.LocalDate.of(2024, 5, 1))));
        login("cc_manager");
        navigate("rectification");
        _click(_get(Button.class, spec -> spec.withId("import-tasks")));
        ComboBox<RoundItem> rounds = _get(ComboBox.class, spec -> spec.withId("import-round"));
        _setValue(rounds, rounds.getListDataView().getItems().filter(r -> r.id() == round.id()).findFirst()
                .orElseThrow());

        byte[] file;
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            var sheet = workbook.createSheet();
            sheet.createRow(0).createCell(0).setCellValue("园区");
            var good = sheet.createRow(1);
            String[] goodRow = {"长春经济技术开发区", "施工扬尘", null, "建设局", "王磊", "2030-06-30"};
            for (int c = 0; c < goodRow.length; c++) {
                if (goodRow[c] != null) {
                    good.createCell(c).setCellValue(goodRow[c]);
                }
            }
            var bad = sheet.createRow(2);
            bad.createCell(0).setCellValue("天津经济技术开发区");
            bad.createCell(1).setCellValue("越权导入");
            bad.createCell(3).setCellValue("分局");
            bad.createCell(4).setCellValue("刘洋");
            bad.createCell(5).setCellValue("2030-06-30");
            var out = new java.io.ByteArrayOutputStream();
            workbook.write(out);
            file = out.toByteArray();
        }
        _get(ImportDialog.class).receive(file);

        String result = _get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("import-result"))
                .getElement().getTextRecursively();
        assertThat(result).contains("发现 1 个问题，未导入任何任务", "第 3 行 A 列（园区）：“天津经济技术开发区”不是可导入的园区");
        assertThat(fixtures.as("cc_manager", () -> queries.count(TaskFilter.ALL.withRound(round.id())))).isZero();
    }
}
