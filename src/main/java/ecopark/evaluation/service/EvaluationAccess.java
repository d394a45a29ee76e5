package ecopark.evaluation.service;

import ecopark.base.domain.BusinessRuleException;
import ecopark.evaluation.ReportEditability;
import ecopark.security.AccessPolicy;
import ecopark.security.CurrentUser;
import ecopark.security.ParkAction;
import org.springframework.stereotype.Component;

/**
 * Who may change evaluation data, as {@link AccessPolicy} rules: those who draft the park's reports (its staff;
 * administrators, reviewers and managers only read), and a sheet only while its report may still change.
 */
@Component
class EvaluationAccess {

    private final AccessPolicy access;
    private final CurrentUser currentUser;
    private final ReportEditability editability;

    EvaluationAccess(AccessPolicy access, CurrentUser currentUser, ReportEditability editability) {
        this.access = access;
        this.currentUser = currentUser;
        this.editability = editability;
    }

    void requireReader(long parkId) {
        access.require(ParkAction.READ, parkId);
    }

    /** Someone who drafts the park's reports; returns the writer's display name for the audit columns. */
    String requireWriter(long parkId) {
        access.require(ParkAction.DRAFT, parkId);
        return currentUser.require().displayName();
    }

    void requireEditable(long reportId) {
        if (!editability.isEditable(reportId)) {
            throw new BusinessRuleException("evaluation.error.readOnly");
        }
    }
}
