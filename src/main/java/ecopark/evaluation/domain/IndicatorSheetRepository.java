package ecopark.evaluation.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface IndicatorSheetRepository extends JpaRepository<IndicatorSheet, Long> {

    @EntityGraph(attributePaths = "entries")
    Optional<IndicatorSheet> findByReportId(long reportId);

    /**
     * The selection of a park's sheet of a year — one row per entry, or one row without an entry for a sheet that has
     * none; no row when there is no sheet — with the revision of its standard version, in one query.
     */
    @Query("select new ecopark.evaluation.domain.SelectionRow(s.standardId, v.version, e.indicatorId, e.selected) "
            + "from IndicatorSheet s left join s.entries e join StandardVersion v on v.id = s.standardId "
            + "where s.parkId = :parkId and s.year = :year")
    List<SelectionRow> selectionOf(long parkId, int year);

    boolean existsByReportId(long reportId);

    @Query("select new ecopark.evaluation.domain.SheetEntryRow(s.parkId, s.year, s.standardId, v.version, "
            + "s.selectionChangeReason, e.indicatorId, e.selected, e.enteredValue, e.enteredState, e.overrideThreshold, e.overrideIndustry, "
            + "e.overrideIndustryShare, e.overrideReason) from IndicatorSheet s join s.entries e join StandardVersion v on v.id = s.standardId "
            + "where s.reportId = :reportId")
    List<SheetEntryRow> entryRowsOf(long reportId);

    Page<IndicatorSheet> findByParkIdIn(Collection<Long> parkIds, Pageable pageable);
}
