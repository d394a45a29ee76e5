package ecopark.report.domain;

import java.util.Collection;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AnnualReportRepository extends JpaRepository<AnnualReport, Long> {

    Optional<AnnualReport> findByParkIdAndYear(long parkId, int year);

    boolean existsByParkIdAndYear(long parkId, int year);

    Page<AnnualReport> findByParkIdIn(Collection<Long> parkIds, Pageable pageable);

    java.util.List<AnnualReport> findByParkIdInAndYear(Collection<Long> parkIds, int year);

    /**
     * Reports of the parks in a status, optionally at a review stage ({@code stage}) or not at one
     * ({@code notStages}; a report without a stage is "not at" every stage).
     */
    @Query("""
            select r from AnnualReport r where r.parkId in :parkIds and r.status in :statuses
            and (:stage is null or r.reviewStage = :stage)
            and (r.reviewStage is null or r.reviewStage not in :notStages)""")
    Page<AnnualReport> findInProgress(@Param("parkIds") Collection<Long> parkIds,
            @Param("statuses") Collection<ReportStatus> statuses, @Param("stage") String stage,
            @Param("notStages") Collection<String> notStages, Pageable pageable);

    /** How many reports of the parks are in each status and review stage: rows of status, stage, count. */
    @Query("""
            select r.status, r.reviewStage, count(r) from AnnualReport r where r.parkId in :parkIds
            group by r.status, r.reviewStage""")
    java.util.List<Object[]> countByStatusAndStage(@Param("parkIds") Collection<Long> parkIds);
}
