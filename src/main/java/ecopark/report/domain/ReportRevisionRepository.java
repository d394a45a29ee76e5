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

    /** Per report its first and latest submission: rows of report id, first, latest (read without the snapshots). */
    @Query("""
            select r.reportId, min(r.submittedAt), max(r.submittedAt) from ReportRevision r
            where r.reportId in :reportIds group by r.reportId""")
    List<Object[]> submissionTimes(java.util.Collection<Long> reportIds);

    Optional<ReportRevision> findByReportIdAndNumber(long reportId, int number);
}
