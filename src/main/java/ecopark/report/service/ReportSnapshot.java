package ecopark.report.service;

import ecopark.evaluation.service.EvaluationResult;
import ecopark.report.domain.AnnualReport;
import ecopark.report.domain.BasicInformation;
import ecopark.report.domain.NarrativeSection;
import java.util.List;
import java.util.Map;

/**
 * The form as it stood at one submission: sections 一, 二 and 三. Stored as JSON in a {@code ReportRevision}.
 *
 * @param indicators section 三 row by row in the standard's order; null in revisions submitted before section 三 was
 *        frozen with the revision
 * @param selectionChangeReason why the optional indicators differ from the previous year's, for the reviewers; null
 *        when they do not differ and in revisions submitted before the reason was frozen with the revision
 */
public record ReportSnapshot(long reportId, long parkId, int year, BasicInformation basic,
        Map<NarrativeSection, String> narratives, List<SnapshotIndicator> indicators, String selectionChangeReason) {

    static ReportSnapshot of(AnnualReport r, EvaluationResult evaluation, String selectionChangeReason) {
        return new ReportSnapshot(r.getId(), r.getParkId(), r.getYear(), r.basicInformation(),
                ReportDraft.narrativesOf(r), evaluation.outcomes().stream().map(SnapshotIndicator::of).toList(),
                selectionChangeReason);
    }

    /** Whether section 三 was frozen with this revision. */
    public boolean hasIndicators() {
        return indicators != null;
    }
}
