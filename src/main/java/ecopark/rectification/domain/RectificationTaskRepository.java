package ecopark.rectification.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface RectificationTaskRepository extends JpaRepository<RectificationTask, Long>,
        JpaSpecificationExecutor<RectificationTask> {

    Optional<RectificationTask> findFirstByReportIdAndIndicatorCodeOrderByIdDesc(Long reportId, String indicatorCode);

    List<RectificationTask> findByReportId(Long reportId);

    boolean existsByParkId(Long parkId);
}
