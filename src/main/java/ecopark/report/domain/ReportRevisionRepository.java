package ecopark.report.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReportRevisionRepository extends JpaRepository<ReportRevision, Long> {

    List<ReportRevision> findByReportIdOrderByNumberAsc(long reportId);

    Optional<ReportRevision> findFirstByReportIdOrderByNumberDesc(long reportId);

    Optional<ReportRevision> findByReportIdAndNumber(long reportId, int number);
}
