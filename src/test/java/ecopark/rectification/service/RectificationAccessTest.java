package ecopark.rectification.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ecopark.ApplicationTest;
import ecopark.rectification.RectificationFixtures;
import ecopark.base.filestore.SampleFiles;
import ecopark.rectification.domain.RectificationSource;
import ecopark.rectification.domain.TaskStatus;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;

/**
 * docs/product.md: a user sees only what belongs to them. Staff of another park, or managers of another bureau, can neither
 * see nor change a park's tasks or download their evidence; park staff do not decide what the bureau decides.
 */
@ApplicationTest
class RectificationAccessTest {

    @Autowired RectificationFixtures fixtures;
    @Autowired TaskCommands registry;
    @Autowired TaskQueries queries;
    @Autowired EvidenceService evidence;

    @Test
    void staff_of_another_park_can_neither_see_nor_change_a_task_nor_read_its_evidence() {
        long id = fixtures.centralTask("排污许可", 30);
        fixtures.uploadEvidence(id);
        long file = fixtures.as("cc_staff", () -> evidence.list(id)).get(0).id();

        assertThatThrownBy(() -> fixtures.as("tj_staff", () -> queries.get(id)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixtures.as("tj_staff", () -> registry.recordProgress(id, 0, 50, "冒名更新")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixtures.as("tj_staff", () -> evidence.list(id)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixtures.as("tj_staff", () -> evidence.download(file)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixtures.as("tj_staff", () -> evidence.remove(file)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixtures.as("tj_staff", () -> evidence.upload(id, "x.pdf",
                "%PDF-1.4".getBytes(StandardCharsets.US_ASCII)))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixtures.as("tj_staff", () -> registry.markDone(id, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixtures.as("tj_staff", () -> queries.history(id)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(fixtures.as("tj_staff", () -> queries.find(TaskFilter.ALL, Pageable.unpaged()).getContent()))
                .noneMatch(t -> t.id() == id);

        assertThat(fixtures.as("cc_staff", () -> evidence.download(file)).content()).isNotEmpty();
        assertThat(fixtures.as("cc_manager", () -> evidence.download(file)).fileName()).isEqualTo("整改照片.pdf");
        assertThat(fixtures.as("cc_staff", () -> queries.get(id).progressPercent())).isZero();
    }

    @Test
    void managers_of_another_bureau_cannot_see_or_close_a_task() {
        long id = fixtures.centralTask("土壤调查", 30);
        fixtures.done(id);

        assertThatThrownBy(() -> fixtures.as("sz_manager", () -> queries.get(id)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixtures.as("sz_manager", () -> registry.close(id, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixtures.as("tj_reviewer", () -> registry.close(id, null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void park_staff_rectify_but_do_not_close_or_decide_extensions() {
        long id = fixtures.centralTask("餐饮油烟", 30);
        fixtures.done(id);

        assertThatThrownBy(() -> fixtures.as("cc_staff", () -> registry.close(id, "自己销号")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixtures.as("cc_staff", () -> registry.returnToPark(id, "x")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixtures.as("cc_reviewer1", () -> registry.close(id, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(fixtures.as("cc_reviewer1", () -> queries.get(id).may().verify())).isFalse();
        assertThat(fixtures.as("cc_manager", () -> queries.get(id).may().verify())).isTrue();
    }

    @Test
    void staff_register_their_own_findings_for_their_park_only_and_never_inspection_tasks() {
        long changchun = fixtures.changchun();
        LocalDate deadline = LocalDate.now().plusDays(30);

        long own = fixtures.as("cc_staff", () -> registry.create(new NewTask(changchun,
                RectificationSource.INTERNAL_CHECK, null, "危废间标识不全", null, "经开区生态环境分局", "王丽", null, null,
                deadline)));
        assertThat(fixtures.as("cc_staff", () -> queries.get(own).may().edit())).isTrue();

        assertThatThrownBy(() -> fixtures.as("cc_staff", () -> registry.create(new NewTask(changchun,
                RectificationSource.CENTRAL_INSPECTION, null, "自行登记督察任务", null, "分局", "王丽", null, null,
                deadline)))).hasMessageContaining("rectification.error.sourceNotForPark");
        assertThatThrownBy(() -> fixtures.as("tj_staff", () -> registry.create(new NewTask(changchun,
                RectificationSource.INTERNAL_CHECK, null, "替别的园区登记", null, "分局", "刘洋", null, null,
                deadline)))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixtures.as("cc_manager", () -> registry.create(new NewTask(fixtures.tianjin(),
                RectificationSource.CENTRAL_INSPECTION, null, "跨辖区下达", null, "分局", "刘洋", null, null,
                deadline)))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixtures.as("cc_manager", () -> registry.create(new NewTask(changchun,
                RectificationSource.CENTRAL_INSPECTION, null, "责任人不是本园区账号", null, "分局", "刘洋", "tj_staff",
                null, deadline)))).hasMessageContaining("rectification.error.responsibleAccount");
    }

    @Test
    void administrators_read_every_task_but_never_hand_down_rectify_verify_close_or_decide() {
        long id = fixtures.centralTask("管理员只读", 30);
        fixtures.as("cc_staff", () -> registry.requestExtension(id, queries.get(id).deadline().plusDays(30), "设备延迟"));
        long changchun = fixtures.changchun();
        LocalDate deadline = LocalDate.now().plusDays(30);

        assertThat(fixtures.as("admin", () -> queries.get(id).title())).startsWith("管理员只读");
        assertThat(fixtures.as("admin", () -> queries.history(id))).isNotEmpty();
        assertThat(fixtures.as("admin", () -> queries.find(TaskFilter.ALL, Pageable.unpaged()).getContent()))
                .anyMatch(t -> t.id() == id);
        assertThat(fixtures.as("admin", () -> queries.get(id).may()))
                .isEqualTo(new TaskDetail.Permissions(false, false, false, false, false, false, false));
        assertThat(fixtures.as("admin", () -> queries.registryActions().register())).isFalse();
        assertThat(fixtures.as("admin", () -> queries.importableRounds())).isEmpty();
        assertThat(fixtures.as("admin", () -> queries.mayRegister(changchun, RectificationSource.CENTRAL_INSPECTION)))
                .isFalse();

        assertThatThrownBy(() -> fixtures.as("admin", () -> registry.decideExtension(id, true, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixtures.as("admin", () -> registry.create(new NewTask(changchun,
                RectificationSource.CENTRAL_INSPECTION, null, "管理员下达", null, "分局", "王丽", null, null, deadline))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixtures.as("admin", () -> registry.createRound(new NewRound(null,
                RectificationSource.CENTRAL_INSPECTION, "管理员批次", deadline)))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixtures.as("admin", () -> registry.createRound(new NewRound(changchun,
                RectificationSource.INTERNAL_CHECK, "管理员园区批次", deadline)))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixtures.as("admin", () -> registry.createFromIndicator(-1L, changchun, 2019, "5",
                "指标 5"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixtures.as("admin", () -> registry.update(id, new TaskEdit(queries.get(id).version(),
                "改标题", null, "分局", "王丽", null)))).isInstanceOf(AccessDeniedException.class);

        fixtures.as("cc_manager", () -> registry.decideExtension(id, true, null));
        assertThatThrownBy(() -> fixtures.as("admin", () -> registry.recordProgress(id, queries.get(id).version(), 50,
                "管理员代填"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixtures.as("admin", () -> evidence.upload(id, "x.pdf", SampleFiles.pdf())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixtures.as("admin", () -> registry.markDone(id, null)))
                .isInstanceOf(AccessDeniedException.class);

        fixtures.done(id);
        assertThatThrownBy(() -> fixtures.as("admin", () -> registry.close(id, "管理员销号")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixtures.as("admin", () -> registry.returnToPark(id, "管理员退回")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(fixtures.as("admin", () -> queries.get(id).status())).isEqualTo(TaskStatus.AWAITING_VERIFICATION);
        assertThat(fixtures.as("cc_manager", () -> queries.get(id).may().verify())).isTrue();
        fixtures.as("cc_manager", () -> registry.close(id, null));
        assertThat(fixtures.as("admin", () -> queries.get(id).status())).isEqualTo(TaskStatus.CLOSED);
    }

    @Test
    void the_registry_tells_staff_they_register_for_their_park_and_managers_that_they_hand_down() {
        assertThat(fixtures.as("cc_staff", () -> queries.registryActions()))
                .isEqualTo(new RegistryActions(fixtures.changchun(), false));
        assertThat(fixtures.as("cc_manager", () -> queries.registryActions()))
                .isEqualTo(new RegistryActions(null, true));
        assertThat(fixtures.as("cc_reviewer1", () -> queries.registryActions().register())).isFalse();
        assertThat(fixtures.as("cc_staff", () -> queries.importableRounds())).allMatch(r -> r.parkId() != null);
        assertThat(fixtures.as("cc_manager", () -> queries.importableRounds())).isNotEmpty()
                .anyMatch(r -> r.parkId() == null);
    }

    @Test
    void managers_of_another_bureau_neither_hand_down_nor_decide_for_a_park() {
        long id = fixtures.centralTask("跨辖区决定", 30);
        fixtures.as("cc_staff", () -> registry.requestExtension(id, queries.get(id).deadline().plusDays(30), "延期"));

        assertThatThrownBy(() -> fixtures.as("sz_manager", () -> registry.decideExtension(id, true, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixtures.as("sz_manager", () -> registry.createRound(new NewRound(
                fixtures.changchun(), RectificationSource.INTERNAL_CHECK, "跨辖区批次", LocalDate.now()))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(fixtures.as("cc_manager", () -> queries.get(id).may().decideExtension())).isTrue();
    }
}
