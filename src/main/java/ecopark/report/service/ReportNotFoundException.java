package ecopark.report.service;

import ecopark.base.domain.BusinessRuleException;

public class ReportNotFoundException extends BusinessRuleException {

    public ReportNotFoundException(long reportId) {
        super("report.error.notFound", reportId);
    }
}
