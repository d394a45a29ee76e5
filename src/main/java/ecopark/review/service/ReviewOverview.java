package ecopark.review.service;

import ecopark.report.service.ReportListItem;
import ecopark.report.service.ReportOverview;
import ecopark.report.service.ReportProgress;
import ecopark.report.service.ReviewFeedback;
import ecopark.security.AppRole;
import jakarta.annotation.security.RolesAllowed;
import ecopark.review.process.ReviewProcess;
import ecopark.review.process.RouteVariables;
import ecopark.security.OrganisationDirectory;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
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
    private final TaskService tasks;
    private final OrganisationDirectory directory;

    ReviewOverview(ReportOverview reports, ReviewFeedback positions, TaskService tasks,
            OrganisationDirectory directory) {
        this.reports = reports;
        this.positions = positions;
        this.tasks = tasks;
        this.directory = directory;
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
        Map<Long, String> bureaus = new HashMap<>();
        return reports.find(progress, pageable).map(r -> row(r, bureaus));
    }

    /**
     * Where each of the year's reports of the user's parks waits in review (reports without an open review step
     * have no row): the stage and its bureau, for the desk.
     */
    @RolesAllowed({AppRole.MANAGER_NAME, AppRole.ADMIN_NAME})
    public List<ReviewPlace> placesOfYear(int year) {
        // ReportOverview has limited the reports to the user's parks.
        Map<Long, String> bureaus = new HashMap<>();
        return reports.ofYear(year).stream().filter(r -> r.reviewStage() != null)
                .flatMap(r -> stage(r.reportId()).stream().map(at -> new ReviewPlace(r.reportId(),
                        at.kind().labelKey(), bureau(at, bureaus))))
                .toList();
    }

    private String bureau(RouteVariables.StageAt at, Map<Long, String> bureaus) {
        return bureaus.computeIfAbsent(at.jurisdictionId(), id -> directory.jurisdictionName(id).orElse(null));
    }

    private OverviewRow row(ReportListItem r, Map<Long, String> bureaus) {
        Optional<RouteVariables.StageAt> stage = r.reviewStage() == null ? Optional.empty() : stage(r.id());
        ReportProgress progress = ReportProgress.of(r.status(), r.reviewStage());
        Optional<ReviewFeedback.Position> position = r.reviewStage() == null ? Optional.empty()
                : positions.position(r.id());
        return new OverviewRow(r.id(), r.parkName(), r.year(), r.status(), progress,
                position.map(ReviewFeedback.Position::holderName).orElse(null),
                position.isPresent() && position.get().holderName() == null,
                position.map(ReviewFeedback.Position::since).orElse(null),
                position.map(ReviewFeedback.Position::due).orElse(null),
                position.map(ReviewFeedback.Position::overdue).orElse(false),
                stage.map(RouteVariables.StageAt::kind).orElse(null),
                stage.map(at -> bureau(at, bureaus)).orElse(null));
    }

    /** The stage of the report's open review task, with its route (which bureau decides it). */
    private Optional<RouteVariables.StageAt> stage(long reportId) {
        Task task = tasks.createTaskQuery().processDefinitionKey(ReviewProcess.PROCESS_KEY)
                .processInstanceBusinessKey(ReviewService.BUSINESS_KEY_PREFIX + reportId)
                .taskDefinitionKeys(ReviewService.REVIEW_TASK_KEYS).includeProcessVariables().singleResult();
        return Optional.ofNullable(task)
                .map(t -> RouteVariables.at(t.getTaskDefinitionKey(), t.getProcessVariables()));
    }
}
