package ecopark.report.service;

import ecopark.report.domain.ReportStatus;
import java.util.Set;

/**
 * Where a report is on its way from draft to publication, as a bureau follows it: drafted by the park, at the city's
 * 预审 (where the province's route has it), at 初审 or 复核, returned for revision, or approved (and published).
 * Derived from the report's status and review stage (the stage names of review.domain.ReviewStage).
 */
public enum ReportProgress {
    DRAFTING(Set.of(ReportStatus.DRAFT), null, Set.of()),
    PRE_REVIEW(Set.of(ReportStatus.SUBMITTED, ReportStatus.IN_REVIEW), "PRE_REVIEW", Set.of()),
    /** 初审, and a submitted report no stage has taken yet (the process starts it at its first stage). */
    PRELIMINARY(Set.of(ReportStatus.SUBMITTED, ReportStatus.IN_REVIEW), null, Set.of("FINAL", "PRE_REVIEW")),
    FINAL(Set.of(ReportStatus.SUBMITTED, ReportStatus.IN_REVIEW), "FINAL", Set.of()),
    RETURNED(Set.of(ReportStatus.RETURNED), null, Set.of()),
    COMPLETED(Set.of(ReportStatus.APPROVED, ReportStatus.PUBLISHED), null, Set.of());

    private final Set<ReportStatus> statuses;
    private final String stage;
    private final Set<String> notStages;

    ReportProgress(Set<ReportStatus> statuses, String stage, Set<String> notStages) {
        this.statuses = statuses;
        this.stage = stage;
        this.notStages = notStages;
    }

    Set<ReportStatus> statuses() {
        return statuses;
    }

    String stage() {
        return stage;
    }

    /** The stages a report at this point is not at; never empty, so the query's "not in" has a list. */
    Set<String> notStages() {
        return notStages.isEmpty() ? NO_STAGE : notStages;
    }

    /** A stage name no report has. */
    private static final Set<String> NO_STAGE = Set.of("-");

    public static ReportProgress of(ReportStatus status, String reviewStage) {
        for (ReportProgress p : values()) {
            if (p.statuses.contains(status) && (p.stage == null || p.stage.equals(reviewStage))
                    && (reviewStage == null || !p.notStages.contains(reviewStage))) {
                return p;
            }
        }
        throw new IllegalArgumentException("No progress for " + status + "/" + reviewStage);
    }

    public String labelKey() {
        return "progress." + name();
    }
}
