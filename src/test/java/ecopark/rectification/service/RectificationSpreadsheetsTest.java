package ecopark.rectification.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ecopark.ApplicationTest;
import ecopark.rectification.RectificationFixtures;
import ecopark.rectification.domain.RectificationSource;
import ecopark.rectification.domain.TaskStatus;
import ecopark.rectification.process.RectificationProcess;
import ecopark.rectification.service.RectificationSpreadsheets.Column;
import ecopark.rectification.service.RectificationSpreadsheets.ImportProblem;
import ecopark.rectification.service.RectificationSpreadsheets.ImportResult;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.flowable.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;

/** Import of an inspection round's tasks from .xlsx (all or nothing, problems per row) and export of the list. */
@ApplicationTest
class RectificationSpreadsheetsTest {

    private static final AtomicInteger ROUNDS = new AtomicInteger();
    private static final String PARK = "长春经济技术开发区";

    @Autowired RectificationFixtures fixtures;
    @Autowired TaskCommands registry;
    @Autowired TaskQueries queries;
    @Autowired RectificationSpreadsheets spreadsheets;
    @Autowired RuntimeService runtime;

    private long newRound() {
        return fixtures.as("cc_manager", () -> registry.createRound(new NewRound(null,
                RectificationSource.PROVINCIAL_INSPECTION, "省级督察测试批次 " + ROUNDS.incrementAndGet(),
                LocalDate.of(2024, 3, 1)))).id();
    }

    private List<TaskListItem> tasksOf(long round) {
        return fixtures.as("cc_manager", () -> queries.find(TaskFilter.ALL.withRound(round), Pageable.unpaged())
                .getContent());
    }

    /** A workbook made from the service's own template, filled with the given rows (cells as text). */
    private byte[] workbook(String[]... rows) throws IOException {
        byte[] template = fixtures.as("cc_manager", () -> spreadsheets.importTemplate(Locale.SIMPLIFIED_CHINESE));
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(template))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("园区");
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] != null) {
                        row.createCell(c).setCellValue(rows[r][c]);
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void a_workbook_with_bad_rows_imports_nothing_and_names_every_problem_with_its_row_and_column()
            throws IOException {
        long round = newRound();
        byte[] file = workbook(
                new String[] {PARK, "危险废物贮存场所整改", "标识不全", "经开区生态环境分局", "张伟", "2025-06-30"},
                new String[] {"不存在的园区", "扬尘治理", null, "建设局", "刘强", "2025-06-30"},
                new String[] {PARK, "河道清淤", null, "城管局", "李娜", "明年六月"},
                new String[] {PARK, null, null, "城管局", "李娜", "2025-06-30"},
                new String[] {PARK, "油烟整治", null, "城管局", "李娜", "2025-06-30", "2024-03-01", "已销号"},
                new String[] {PARK, "危险废物贮存场所整改", null, "分局", "张伟", "2025-06-30"},
                new String[] {PARK, "噪声治理", null, "分局", "张伟", "2025-06-30", null, "差不多了", null, "120"});

        ImportResult result = fixtures.as("cc_manager", () -> spreadsheets.importRound(round, file));

        assertThat(result.imported()).isZero();
        assertThat(result.problems()).extracting(p -> p.row() + ":" + p.column() + ":" + p.messageKey())
                .containsExactly(
                        "3:PARK:rectification.import.error.park",
                        "4:DEADLINE:rectification.import.error.date",
                        "5:TITLE:rectification.import.error.required",
                        "6:CLOSED_ON:rectification.import.error.closedOnRequired",
                        "7:TITLE:rectification.import.error.duplicate",
                        "8:STATUS:rectification.import.error.status",
                        "8:PROGRESS:rectification.import.error.progress");
        assertThat(tasksOf(round)).isEmpty();
    }

    @Test
    void a_correct_workbook_registers_every_row_closed_ones_as_closed_and_open_ones_with_their_process()
            throws IOException {
        long round = newRound();
        byte[] file = workbook(
                new String[] {PARK, "入河排污口标识", "排口标识缺失", "经开区生态环境分局", "张伟", "2025-06-30",
                    "2024-03-05", "已销号", "2024-09-30"},
                new String[] {PARK, "工业固废堆场整治", null, "经开区城市管理局", "刘强", "2030-12-31", null, "整改中",
                    null, "40"});

        ImportResult result = fixtures.as("cc_manager", () -> spreadsheets.importRound(round, file));

        assertThat(result.problems()).isEmpty();
        assertThat(result.imported()).isEqualTo(2);
        List<TaskListItem> tasks = tasksOf(round);
        TaskListItem closed = tasks.stream().filter(t -> t.title().equals("入河排污口标识")).findFirst().orElseThrow();
        TaskListItem open = tasks.stream().filter(t -> t.title().equals("工业固废堆场整治")).findFirst().orElseThrow();
        assertThat(closed.status()).isEqualTo(TaskStatus.CLOSED);
        assertThat(closed.closedOn()).isEqualTo(LocalDate.of(2024, 9, 30));
        assertThat(closed.source()).isEqualTo(RectificationSource.PROVINCIAL_INSPECTION);
        assertThat(open.status()).isEqualTo(TaskStatus.IN_PROGRESS);
        assertThat(open.progressPercent()).isEqualTo(40);
        assertThat(open.assignedOn()).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(RectificationProcess.BUSINESS_KEY_PREFIX + open.id()).count()).isOne();
        assertThat(runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(RectificationProcess.BUSINESS_KEY_PREFIX + closed.id()).count()).isZero();
    }

    @Test
    void a_file_that_is_not_a_workbook_is_refused_as_a_whole() {
        long round = newRound();
        ImportResult result = fixtures.as("cc_manager", () -> spreadsheets.importRound(round,
                "园区,任务".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(result.problems()).extracting(ImportProblem::messageKey)
                .containsExactly("rectification.import.error.notWorkbook");
    }

    @Test
    void staff_cannot_import_into_a_bureaus_round() throws IOException {
        long round = newRound();
        byte[] file = workbook(new String[] {PARK, "自行导入", null, "分局", "王丽", "2030-01-01"});
        assertThatThrownBy(() -> fixtures.as("cc_staff", () -> spreadsheets.importRound(round, file)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixtures.as("tj_staff", () -> spreadsheets.importRound(round, file)))
                .hasMessageContaining("rectification.error.roundNotFound");
    }

    @Test
    void the_export_holds_every_task_the_filter_finds_with_translated_headers() throws IOException {
        TaskFilter petitions = TaskFilter.ALL.withSource(RectificationSource.PETITION);
        long count = fixtures.as("cc_manager", () -> queries.count(petitions));

        byte[] file = fixtures.as("cc_manager", () -> spreadsheets.export(petitions, Locale.SIMPLIFIED_CHINESE));

        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(4).getStringCellValue()).isEqualTo("整改任务");
            assertThat(sheet.getLastRowNum()).isEqualTo((int) count);
            assertThat(count).isEqualTo(209 + 67 + 287);
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("信访案件");
            assertThat(sheet.getRow(1).getCell(9).getStringCellValue()).isEqualTo("已销号");
        }
        assertThat(Column.values()).hasSize(10);
    }
}
