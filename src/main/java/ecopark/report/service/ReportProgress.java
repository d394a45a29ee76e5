package ecopark.report.service;

import ecopark.report.domain.ReportStatus;
import java.util.Set;

/**
 * Where a report is on its way from draft to publication, as a bureau follows it: drafted by the park, at 初审 or
 * 复核, returned for revision, or approved (and published). Derived from the report's status and review stage.
 */
public enum ReportProgress {
    DRAFTING(Set.of(ReportStatus.DRAFT), null, null),
    PRELIMINARY(Set.of(ReportStatus.SUBMITTED, ReportStatus.IN_REVIEW), null, "FINAL"),
    FINAL(Set.of(ReportStatus.SUBMITTED, ReportStatus.IN_REVIEW), "FINAL", null),
    RETURNED(Set.of(ReportStatus.RETURNED), null, null),
    COMPLETED(Set.of(ReportStatus.APPROVED, ReportStatus.PUBLISHED), null, null);

    private final Set<ReportStatus> statuses;
    private final String stage;
    private final String notStage;

    ReportProgress(Set<ReportStatus> statuses, String stage, String notStage) {
        this.statuses = statuses;
        this.stage = stage;
        this.notStage = notStage;
    }

    Set<ReportStatus> statuses() {
        return statuses;
    }

    String stage() {
        return stage;
    }

    String notStage() {
        return notStage;
    }

    public static ReportProgress of(ReportStatus status, String reviewStage) {
        for (ReportProgress p : values()) {
            if (p.statuses.contains(status) && (p.stage == null || p.stage.equals(reviewStage))
                    && (p.notStage == null || !p.notStage.equals(reviewStage))) {
                return p;
            }
        }
        throw new IllegalArgumentException("No progress for " + status + "/" + reviewStage);
    }

    public String labelKey() {
        return "progress." + name();
    }
}
