package ecopark.report.service;

import com.fasterxml.jackson.annotation.JsonInclude;
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
 * @param notice the annual notice the submission was checked against, with the topic answers and deliverables it
 *        handed in; null when the year had no notice (and in revisions from before notices), and then not written,
 *        so such a revision's JSON reads as it always did
 */
public record ReportSnapshot(long reportId, long parkId, int year, BasicInformation basic,
        Map<NarrativeSection, String> narratives, List<SnapshotIndicator> indicators, String selectionChangeReason,
        @JsonInclude(JsonInclude.Include.NON_NULL) NoticeRecord notice) {

    public ReportSnapshot(long reportId, long parkId, int year, BasicInformation basic,
            Map<NarrativeSection, String> narratives, List<SnapshotIndicator> indicators,
            String selectionChangeReason) {
        this(reportId, parkId, year, basic, narratives, indicators, selectionChangeReason, null);
    }

    static ReportSnapshot of(AnnualReport r, EvaluationResult evaluation, String selectionChangeReason,
            NoticeRecord notice) {
        return new ReportSnapshot(r.getId(), r.getParkId(), r.getYear(), r.basicInformation(),
                ReportDraft.narrativesOf(r), evaluation.outcomes().stream().map(SnapshotIndicator::of).toList(),
                selectionChangeReason, notice);
    }

    /** Whether section 三 was frozen with this revision. */
    public boolean hasIndicators() {
        return indicators != null;
    }
}
