package ecopark.review.service;

import ecopark.report.service.RevisionView;

/** A copy opened by its recipient: who sent it and why, and the revision itself (read-only). */
public record CopyDetail(CopyItem copy, RevisionView revision) {
}
