package ecopark.review.service;

import ecopark.base.audit.AuditEntry;
import ecopark.report.service.RevisionView;
import java.util.List;

/** Everything that happened to a report before and during this review: its revisions and its audit trail. */
public record ReviewHistory(List<RevisionView> revisions, List<AuditEntry> trail) {
}
