package ecopark.base.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import ecopark.ReportFixtures;
import ecopark.park.domain.Jurisdiction;
import ecopark.park.domain.Park;
import ecopark.park.service.ParkAdminService;
import ecopark.report.domain.AnnualReport;
import ecopark.report.domain.NarrativeSection;
import ecopark.report.domain.ReportStatus;
import ecopark.report.service.AttachmentItem;
import ecopark.report.service.ReportAttachmentService;
import ecopark.report.service.ReportDraft;
import ecopark.report.service.ReportService;
import ecopark.report.service.ReportWorkflow;
import ecopark.report.service.RevisionView;
import ecopark.review.domain.ReviewStage;
import ecopark.review.service.ReviewService;
import ecopark.security.AppRole;
import ecopark.security.SignedInUser;
import ecopark.security.service.NewAccount;
import ecopark.security.service.UserAdminService;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.flowable.engine.ManagementService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The backup and restore of docs/operations.md, tested: a database filled through the application (reports in every
 * state, their revisions, attachments in the database file store, review processes waiting at different tasks) is
 * dumped with {@code mysqldump --single-transaction --routines} while the application runs, the dump is loaded into
 * an empty database, and the application started on it finds every report, revision, file (the same bytes) and
 * process (the same waiting tasks, assignees and timers) and carries a review on. The MariaDB/MySQL client tools
 * are required (CI has them): missing ones fail the test. Report years 3931–3935.
 */
@EnabledIfEnvironmentVariable(named = MySqlDatabase.URL_VARIABLE, matches = ".+")
class BackupRestoreIT {

    static final String PASSWORD = "Gr33n-Park!";
    static final String STAFF = "br_staff";
    static final String FIRST = "br_reviewer1";
    static final String SECOND = "br_reviewer2";
    static final String RETURN_COMMENT = "请补充“固体废物综合利用率”的数据来源🌿";

    @TempDir Path work;

    @Test
    void a_dump_taken_while_the_application_runs_restores_every_report_file_and_process() throws Exception {
        Map<String, byte[]> uploaded = new LinkedHashMap<>();
        Map<String, Long> reports = new LinkedHashMap<>();
        State before;
        Path dump = work.resolve("ecopark.sql");
        try (ScratchDatabase source = ScratchDatabase.fresh("backup")) {
            try (AppNode node = AppNode.start("backup-source", source.url())) {
                fill(node, reports, uploaded);
                before = State.of(node, reports);
                // The dump is taken while the application (and its job executor) runs.
                run(List.of(tool("mysqldump", "mariadb-dump"), "--single-transaction", "--routines", "--triggers",
                        "--hex-blob", "--default-character-set=utf8mb4", "--protocol=tcp",
                        "--host=" + ScratchDatabase.hostAndPort()[0], "--port=" + ScratchDatabase.hostAndPort()[1],
                        "--user=" + ScratchDatabase.user(), source.name()), null, dump.toFile());
            }
        }
        assertThat(Files.size(dump)).isPositive();

        try (ScratchDatabase target = ScratchDatabase.fresh("restored")) {
            run(List.of(tool("mysql", "mariadb"), "--default-character-set=utf8mb4", "--protocol=tcp",
                    "--host=" + ScratchDatabase.hostAndPort()[0], "--port=" + ScratchDatabase.hostAndPort()[1],
                    "--user=" + ScratchDatabase.user(), target.name()), dump.toFile(), null);
            try (AppNode node = AppNode.start("backup-restored", target.url())) {
                State after = State.of(node, reports);
                assertThat(after.statuses()).isEqualTo(before.statuses());
                assertThat(after.revisions()).isEqualTo(before.revisions());
                assertThat(after.processes()).isEqualTo(before.processes());
                assertThat(after.files().keySet()).isEqualTo(uploaded.keySet());
                uploaded.forEach((name, bytes) -> assertThat(after.files().get(name)).as(name).isEqualTo(bytes));
                assertThat(after.draftText()).isEqualTo(before.draftText());

                // The restored review goes on: the claimed preliminary review is approved and reaches sign-off.
                long claimed = reports.get("claimed");
                String task = taskOf(node, FIRST, claimed, ReviewStage.PRELIMINARY);
                node.as(FIRST, () -> node.bean(ReviewService.class).approve(task, "恢复后继续审核"));
                assertThat(node.system(() -> node.bean(ReportService.class).get(claimed).getStatus()))
                        .isEqualTo(ReportStatus.IN_REVIEW);
                assertThat(taskOf(node, SECOND, claimed, ReviewStage.FINAL)).isNotBlank();
            }
        }
    }

    /** Reports in every state of the review; files on two of them. */
    private static void fill(AppNode node, Map<String, Long> reports, Map<String, byte[]> uploaded)
            throws IOException {
        Park park = node.system(() -> {
            ParkAdminService parks = node.bean(ParkAdminService.class);
            Jurisdiction bureau = parks.save(new Jurisdiction("延边州生态环境局", "吉林省"));
            Park p = new Park("延吉高新技术产业开发区", bureau.getId());
            p.setProvince("吉林省");
            p.setCity("延吉市");
            p.setStreetAddress("长白山西路 1 号");
            p.setConstructionBaseYear(2016);
            p.setPhone("0433-2222123");
            p.setEmail("yj@example.gov.cn");
            return parks.save(p);
        });
        account(node, STAFF, "金花", AppRole.STAFF, park.getId(), null);
        account(node, FIRST, "朴哲", AppRole.REVIEWER, null, park.getJurisdictionId());
        account(node, SECOND, "崔妍", AppRole.REVIEWER, null, park.getJurisdictionId());
        ReportFixtures fixtures = node.bean(ReportFixtures.class);
        SignedInUser staff = (SignedInUser) node.bean(UserDetailsService.class).loadUserByUsername(STAFF);
        node.system(() -> {
            fixtures.recordStatistics(staff, 2016, "0.8");
            return null;
        });
        ReportWorkflow workflow = node.bean(ReportWorkflow.class);
        ReviewService review = node.bean(ReviewService.class);
        ReportAttachmentService attachments = node.bean(ReportAttachmentService.class);

        long claimed = node.system(() -> fixtures.completeReport(staff, 3931));
        uploaded.put("园区航拍图.png", noisePng(240, 160));
        uploaded.put("监测报告（2024）.pdf", onePagePdf());
        uploaded.forEach((name, bytes) -> node.as(STAFF, () -> attachments.upload(claimed, name, bytes)));
        node.as(STAFF, () -> workflow.submit(claimed));
        String preliminary = taskOf(node, FIRST, claimed, ReviewStage.PRELIMINARY);
        node.as(FIRST, () -> review.claim(preliminary));
        reports.put("claimed", claimed);

        long returned = node.system(() -> fixtures.completeReport(staff, 3932));
        node.as(STAFF, () -> workflow.submit(returned));
        String toReturn = taskOf(node, FIRST, returned, ReviewStage.PRELIMINARY);
        node.as(FIRST, () -> review.claim(toReturn));
        node.as(FIRST, () -> review.returnToPark(toReturn, RETURN_COMMENT));
        node.as(STAFF, () -> {
            AnnualReport draft = node.bean(ReportService.class).get(returned);
            node.bean(ReportService.class).saveDraft(returned, ReportDraft.of(draft).withNarratives(Map.of(
                    NarrativeSection.ACHIEVEMENTS, "数据来源：园区统计年报（2024），单位万元。")));
        });
        reports.put("returned", returned);

        long signOff = node.system(() -> fixtures.completeReport(staff, 3933));
        byte[] map = noisePng(64, 64);
        uploaded.put("厂区平面图.png", map);
        node.as(STAFF, () -> attachments.upload(signOff, "厂区平面图.png", map));
        node.as(STAFF, () -> workflow.submit(signOff));
        String first = taskOf(node, FIRST, signOff, ReviewStage.PRELIMINARY);
        node.as(FIRST, () -> review.claim(first));
        node.as(FIRST, () -> review.approve(first, "同意"));
        reports.put("signOff", signOff);

        long published = node.system(() -> fixtures.completeReport(staff, 3934));
        node.as(STAFF, () -> workflow.submit(published));
        String one = taskOf(node, FIRST, published, ReviewStage.PRELIMINARY);
        node.as(FIRST, () -> review.claim(one));
        node.as(FIRST, () -> review.approve(one, null));
        String two = taskOf(node, SECOND, published, ReviewStage.FINAL);
        node.as(SECOND, () -> review.claim(two));
        node.as(SECOND, () -> review.approve(two, null));
        reports.put("published", published);

        reports.put("draft", node.system(() -> fixtures.completeReport(staff, 3935)));
    }

    /** What a restore must bring back, read through the application. */
    record State(Map<String, ReportStatus> statuses, Map<String, List<RevisionView>> revisions,
            Map<String, byte[]> files, Map<String, List<String>> processes, String draftText) {

        static State of(AppNode node, Map<String, Long> reports) {
            Map<String, ReportStatus> statuses = new TreeMap<>();
            Map<String, List<RevisionView>> revisions = new TreeMap<>();
            Map<String, byte[]> files = new TreeMap<>();
            reports.forEach((label, id) -> {
                statuses.put(label, node.system(() -> node.bean(ReportService.class).get(id).getStatus()));
                revisions.put(label, node.as(STAFF, () -> node.bean(ReportWorkflow.class).revisions(id)));
                ReportAttachmentService attachments = node.bean(ReportAttachmentService.class);
                for (AttachmentItem item : node.as(STAFF, () -> attachments.list(id))) {
                    files.put(item.fileName(), node.as(STAFF, () -> attachments.download(item.id())).content());
                }
            });
            String draftText = node.as(STAFF, () -> node.bean(ReportService.class).get(reports.get("returned"))
                    .narrative(NarrativeSection.ACHIEVEMENTS));
            return new State(statuses, revisions, files, processes(node), draftText);
        }

        /** Every running process by business key: its waiting tasks (and who holds them) and its timers. */
        private static Map<String, List<String>> processes(AppNode node) {
            RuntimeService runtime = node.bean(RuntimeService.class);
            TaskService tasks = node.bean(TaskService.class);
            ManagementService management = node.bean(ManagementService.class);
            Map<String, List<String>> processes = new TreeMap<>();
            for (ProcessInstance instance : runtime.createProcessInstanceQuery().list()) {
                List<String> state = new ArrayList<>();
                for (Task task : tasks.createTaskQuery().processInstanceId(instance.getId()).list()) {
                    state.add("task " + task.getTaskDefinitionKey() + " " + task.getName() + " held by "
                            + task.getAssignee() + " due " + task.getDueDate());
                }
                management.createTimerJobQuery().processInstanceId(instance.getId()).list()
                        .forEach(timer -> state.add("timer " + timer.getElementId() + " at " + timer.getDuedate()));
                state.sort(null);
                processes.put(instance.getBusinessKey(), state);
            }
            return processes;
        }
    }

    private static void account(AppNode node, String username, String name, AppRole role, Long parkId,
            Long jurisdictionId) {
        node.system(() -> node.bean(UserAdminService.class).create(new NewAccount(username, name, null, role, parkId,
                jurisdictionId, PASSWORD, false)));
    }

    private static String taskOf(AppNode node, String reviewer, long report, ReviewStage stage) {
        return node.as(reviewer, () -> node.bean(ReviewService.class).inbox(stage, false, PageRequest.of(0, 100))
                .stream().filter(t -> t.reportId() == report).findFirst().orElseThrow().taskId());
    }

    /** A PNG of random pixels: every byte value occurs, nothing compresses it away. */
    private static byte[] noisePng(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(width * 31L + height);
        for (int x = 0; x < width; x++) {
            for (int y = 0; y < height; y++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static byte[] onePagePdf() throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            return out.toByteArray();
        }
    }

    /** The first of the client tools found on the PATH; none is a failure (CI installs MariaDB's). */
    private static String tool(String... names) {
        for (String name : names) {
            for (String dir : System.getenv("PATH").split(File.pathSeparator)) {
                if (Files.isExecutable(Path.of(dir, name))) {
                    return Path.of(dir, name).toString();
                }
            }
        }
        throw new AssertionError("None of " + List.of(names) + " is on the PATH; install the MariaDB or MySQL client");
    }

    private static void run(List<String> command, File input, File output) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("MYSQL_PWD", ScratchDatabase.password());
        builder.redirectError(ProcessBuilder.Redirect.INHERIT);
        if (input != null) {
            builder.redirectInput(input);
        }
        if (output != null) {
            builder.redirectOutput(output);
        }
        Process process = builder.start();
        assertThat(process.waitFor(10, TimeUnit.MINUTES)).as("%s finished", command.get(0)).isTrue();
        assertThat(process.exitValue()).as("exit status of %s", command).isZero();
    }
}
