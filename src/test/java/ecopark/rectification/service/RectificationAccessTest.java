package ecopark.rectification.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ecopark.ApplicationTest;
import ecopark.rectification.RectificationFixtures;
import ecopark.rectification.domain.RectificationSource;
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
    @Autowired RectificationService registry;
    @Autowired EvidenceService evidence;

    @Test
    void staff_of_another_park_can_neither_see_nor_change_a_task_nor_read_its_evidence() {
        long id = fixtures.centralTask("排污许可", 30);
        fixtures.uploadEvidence(id);
        long file = fixtures.as("cc_staff", () -> evidence.list(id)).get(0).id();

        assertThatThrownBy(() -> fixtures.as("tj_staff", () -> registry.get(id)))
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
        assertThatThrownBy(() -> fixtures.as("tj_staff", () -> registry.history(id)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(fixtures.as("tj_staff", () -> registry.find(TaskFilter.ALL, Pageable.unpaged()).getContent()))
                .noneMatch(t -> t.id() == id);

        assertThat(fixtures.as("cc_staff", () -> evidence.download(file)).content()).isNotEmpty();
        assertThat(fixtures.as("cc_manager", () -> evidence.download(file)).fileName()).isEqualTo("整改照片.pdf");
        assertThat(fixtures.as("cc_staff", () -> registry.get(id).progressPercent())).isZero();
    }

    @Test
    void managers_of_another_bureau_cannot_see_or_close_a_task() {
        long id = fixtures.centralTask("土壤调查", 30);
        fixtures.done(id);

        assertThatThrownBy(() -> fixtures.as("sz_manager", () -> registry.get(id)))
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
        assertThat(fixtures.as("cc_reviewer1", () -> registry.get(id).may().verify())).isFalse();
        assertThat(fixtures.as("cc_manager", () -> registry.get(id).may().verify())).isTrue();
    }

    @Test
    void staff_register_their_own_findings_for_their_park_only_and_never_inspection_tasks() {
        long changchun = fixtures.changchun();
        LocalDate deadline = LocalDate.now().plusDays(30);

        long own = fixtures.as("cc_staff", () -> registry.create(new NewTask(changchun,
                RectificationSource.INTERNAL_CHECK, null, "危废间标识不全", null, "经开区生态环境分局", "王丽", null, null,
                deadline)));
        assertThat(fixtures.as("cc_staff", () -> registry.get(own).may().edit())).isTrue();

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
}
