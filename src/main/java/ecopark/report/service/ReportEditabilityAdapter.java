package ecopark.report.service;

import ecopark.evaluation.ReportEditability;
import ecopark.report.domain.AnnualReportRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells evaluation whether a report's indicator sheet may still change: only while draft or returned. */
@Component
@Transactional(readOnly = true)
class ReportEditabilityAdapter implements ReportEditability {

    private final AnnualReportRepository reports;

    ReportEditabilityAdapter(AnnualReportRepository reports) {
        this.reports = reports;
    }

    @Override
    public boolean isEditable(long reportId) {
        return reports.findById(reportId).map(r -> r.getStatus().isEditable()).orElse(false);
    }

    @Override
    public String statusLabelKey(long reportId) {
        return reports.findById(reportId).map(r -> r.getStatus().labelKey()).orElse(null);
    }
}
