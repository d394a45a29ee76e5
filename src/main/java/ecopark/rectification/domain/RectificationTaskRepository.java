package ecopark.rectification.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface RectificationTaskRepository extends JpaRepository<RectificationTask, Long>,
        JpaSpecificationExecutor<RectificationTask> {

    Optional<RectificationTask> findFirstByReportIdAndIndicatorCodeOrderByIdDesc(Long reportId, String indicatorCode);

    List<RectificationTask> findByReportId(Long reportId);

    boolean existsByParkId(Long parkId);

    /**
     * Records that a deadline's passing was announced, without touching the version: a timer firing must not make a
     * form the park has open on the task look stale.
     */
    @Modifying
    @Query("update RectificationTask t set t.overdueNotifiedFor = :deadline where t.id = :id")
    int markOverdueNotified(Long id, LocalDate deadline);
}
