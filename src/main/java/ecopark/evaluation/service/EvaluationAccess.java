package ecopark.evaluation.service;

import ecopark.base.domain.BusinessRuleException;
import ecopark.evaluation.ReportEditability;
import ecopark.security.AccessPolicy;
import ecopark.security.AppRole;
import ecopark.security.CurrentUser;
import ecopark.security.SignedInUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may change evaluation data: staff of the park and administrators (reviewers and managers only read), and a
 * sheet only while its report may still change.
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
        access.requirePark(parkId);
    }

    /** Staff of the park or an administrator; returns the writer's display name for the audit columns. */
    String requireWriter(long parkId) {
        SignedInUser user = currentUser.require();
        if (!(user.is(AppRole.STAFF) || user.is(AppRole.ADMIN))) {
            throw new AccessDeniedException("Only park staff and administrators change evaluation data");
        }
        access.requirePark(parkId);
        return user.displayName();
    }

    void requireEditable(long reportId) {
        if (!editability.isEditable(reportId)) {
            throw new BusinessRuleException("evaluation.error.readOnly");
        }
    }
}
