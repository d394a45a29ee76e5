package ecopark.report.service;

import ecopark.report.domain.AnnualReport;
import ecopark.report.domain.BasicInformation;
import ecopark.report.domain.NarrativeSection;
import java.util.Map;

/** The form as it stood at one submission: sections 一 and 二. Stored as JSON in a {@code ReportRevision}. */
public record ReportSnapshot(long reportId, long parkId, int year, BasicInformation basic,
        Map<NarrativeSection, String> narratives) {

    static ReportSnapshot of(AnnualReport r) {
        return new ReportSnapshot(r.getId(), r.getParkId(), r.getYear(), r.basicInformation(),
                ReportDraft.narrativesOf(r));
    }
}
