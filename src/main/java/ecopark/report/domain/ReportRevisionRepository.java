package ecopark.report.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ReportRevisionRepository extends JpaRepository<ReportRevision, Long> {

    List<ReportRevision> findByReportIdOrderByNumberAsc(long reportId);

    /** The number of the report's latest revision, 0 when it has none: read without the snapshots. */
    @Query("select coalesce(max(r.number), 0) from ReportRevision r where r.reportId = :reportId")
    int latestNumber(long reportId);

    Optional<ReportRevision> findByReportIdAndNumber(long reportId, int number);
}
