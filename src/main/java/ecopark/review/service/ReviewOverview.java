package ecopark.review.service;

import ecopark.report.service.ReportListItem;
import ecopark.report.service.ReportOverview;
import ecopark.report.service.ReportProgress;
import ecopark.report.service.ReviewFeedback;
import ecopark.security.AppRole;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The managers' view of their bureau's reports (docs/product.md: managers track progress across parks and see every
 * report's stage): counts per stage and the reports with who holds each review step and its due date.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class ReviewOverview {

    private final ReportOverview reports;
    private final ReviewFeedback positions;

    ReviewOverview(ReportOverview reports, ReviewFeedback positions) {
        this.reports = reports;
        this.positions = positions;
    }

    /** How many of the jurisdiction's reports are at each stage. */
    @RolesAllowed({AppRole.MANAGER_NAME, AppRole.ADMIN_NAME})
    public Map<ReportProgress, Long> counts() {
        return reports.counts();
    }

    /** The jurisdiction's reports at a stage (null for all), with holder and due date while in review. */
    @RolesAllowed({AppRole.MANAGER_NAME, AppRole.ADMIN_NAME})
    public Page<OverviewRow> rows(ReportProgress progress, Pageable pageable) {
        // ReportOverview has limited the rows to the user's parks, so their positions may be read.
        return reports.find(progress, pageable).map(this::row);
    }

    private OverviewRow row(ReportListItem r) {
        ReportProgress progress = ReportProgress.of(r.status(), r.reviewStage());
        Optional<ReviewFeedback.Position> position = r.reviewStage() == null ? Optional.empty()
                : positions.position(r.id());
        return new OverviewRow(r.id(), r.parkName(), r.year(), r.status(), progress,
                position.map(ReviewFeedback.Position::holderName).orElse(null),
                position.isPresent() && position.get().holderName() == null,
                position.map(ReviewFeedback.Position::since).orElse(null),
                position.map(ReviewFeedback.Position::due).orElse(null),
                position.map(ReviewFeedback.Position::overdue).orElse(false));
    }
}
