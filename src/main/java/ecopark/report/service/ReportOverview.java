package ecopark.report.service;

import ecopark.park.service.ParkService;
import ecopark.report.domain.AnnualReport;
import ecopark.report.domain.AnnualReportRepository;
import ecopark.report.domain.ReportRevisionRepository;
import java.time.Instant;
import java.util.HashMap;
import ecopark.report.domain.ReportStatus;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every report the user may reach grouped by how far it has come (docs/product.md: managers see every report's stage),
 * counted and listed in the database.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class ReportOverview {

    private final AnnualReportRepository reports;
    private final ParkService parks;
    private final ReportRevisionRepository revisions;

    ReportOverview(AnnualReportRepository reports, ParkService parks, ReportRevisionRepository revisions) {
        this.reports = reports;
        this.parks = parks;
        this.revisions = revisions;
    }

    /**
     * The reports of the year of the user's parks, with their first and latest submission: what a desk needs to
     * tell who has sent theirs. A park without a report of the year has no row.
     */
    public List<YearReport> ofYear(int year) {
        List<Long> parkIds = parks.visibleParkIds();
        if (parkIds.isEmpty()) {
            return List.of();
        }
        List<AnnualReport> found = reports.findByParkIdInAndYear(parkIds, year);
        Map<Long, Instant[]> sent = new HashMap<>();
        if (!found.isEmpty()) {
            for (Object[] row : revisions.submissionTimes(found.stream().map(AnnualReport::getId).toList())) {
                sent.put(((Number) row[0]).longValue(), new Instant[] {(Instant) row[1], (Instant) row[2]});
            }
        }
        return found.stream().map(r -> {
            Instant[] times = sent.getOrDefault(r.getId(), new Instant[2]);
            return new YearReport(r.getId(), r.getParkId(), r.getYear(), r.getStatus(), r.getReviewStage(),
                    times[0], times[1]);
        }).toList();
    }

    /** How many reports of the user's parks are at each point; every point is present, zero when empty. */
    public Map<ReportProgress, Long> counts() {
        Map<ReportProgress, Long> counts = new EnumMap<>(ReportProgress.class);
        for (ReportProgress p : ReportProgress.values()) {
            counts.put(p, 0L);
        }
        List<Long> parkIds = parks.visibleParkIds();
        if (parkIds.isEmpty()) {
            return counts;
        }
        for (Object[] row : reports.countByStatusAndStage(parkIds)) {
            ReportProgress p = ReportProgress.of((ReportStatus) row[0], (String) row[1]);
            counts.merge(p, ((Number) row[2]).longValue(), Long::sum);
        }
        return counts;
    }

    /** The reports of the user's parks at one point (null for all), page by page. */
    public Page<ReportListItem> find(ReportProgress progress, Pageable pageable) {
        List<Long> parkIds = parks.visibleParkIds();
        if (parkIds.isEmpty()) {
            return Page.empty(pageable);
        }
        if (progress == null) {
            return reports.findByParkIdIn(parkIds, pageable).map(ReportService::toListItem);
        }
        return reports.findInProgress(parkIds, progress.statuses(), progress.stage(), progress.notStages(), pageable)
                .map(ReportService::toListItem);
    }
}
