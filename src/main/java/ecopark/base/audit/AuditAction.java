package ecopark.base.audit;

/**
 * Every action the audit trail can record, in one place: the trail's filter offers them, and a test fails when one
 * has no name ({@code audit.action.<NAME>}) in either language. The detail of a line is the message
 * {@code audit.detail.<NAME>} with the arguments the action recorded; an action without arguments has none.
 */
public enum AuditAction {
    // Reports
    REPORT_CREATED, REPORT_SAVED, REPORT_SUBMITTED, REPORT_WITHDRAWN, REPORT_PUBLISHED, REPORT_CORRECTION_STARTED,
    ATTACHMENT_ADDED, ATTACHMENT_REMOVED, PUBLICATION_SUPERSEDED,
    // Section 三: indicator selection, values, thresholds, the park's statistics, the Excel import
    INDICATORS_SELECTED, INDICATOR_VALUES_SAVED, INDICATOR_VALUE_ENTERED, INDICATOR_STATE_ENTERED,
    THRESHOLD_OVERRIDDEN, THRESHOLD_OVERRIDE_CLEARED, INDICATOR_SHEET_IMPORTED, STATISTICS_SAVED,
    // Review
    REVIEW_CLAIMED, REVIEW_UNCLAIMED, REVIEW_COMMENTED, REVIEW_APPROVED, REVIEW_RETURNED, REVIEW_REMINDED,
    REVIEW_OVERDUE, REVIEW_HANDED_OVER, REVIEW_COPIED,
    // Rectification
    RECTIFICATION_CREATED, RECTIFICATION_EDITED, RECTIFICATION_PROGRESS, RECTIFICATION_COMPLETED,
    RECTIFICATION_CLOSED, RECTIFICATION_RETURNED, RECTIFICATION_EXTENSION_REQUESTED,
    RECTIFICATION_EXTENSION_APPROVED, RECTIFICATION_EXTENSION_REJECTED, RECTIFICATION_OVERDUE,
    RECTIFICATION_EVIDENCE_ADDED, RECTIFICATION_EVIDENCE_REMOVED, RECTIFICATION_IMPORTED,
    RECTIFICATION_ROUND_CREATED,
    // Parks and jurisdictions
    PARK_CREATED, PARK_UPDATED, JURISDICTION_CREATED, JURISDICTION_UPDATED,
    // The provincial desk
    PARK_CHASED,
    // The province's package to the national office (汇总报送)
    PACKAGE_SENT, PACKAGE_DOWNLOADED, PACKAGE_RETURNED,
    // Users, roles and sign-in
    USER_CREATED, USER_UPDATED, USER_ACCESS_CHANGED, USER_DISABLED, USER_ENABLED, USER_PASSWORD_RESET,
    // ACCOUNT_LOCKED and USER_UNLOCKED are no longer recorded (sign-ins are slowed, SIGN_IN_THROTTLED); kept so that
    // old lines read.
    USER_UNLOCKED, PASSWORD_CHANGED, SIGN_IN_FAILED, ACCOUNT_LOCKED, SIGN_IN_THROTTLED,
    // API tokens
    API_TOKEN_ISSUED, API_TOKEN_REVOKED,
    // Signing credentials of jurisdictions (their certificates for signed packages)
    SIGNING_CREDENTIAL_INSTALLED,
    // Working calendar and submission deadlines
    CALENDAR_DAY_SAVED, CALENDAR_DAY_REMOVED, DEADLINE_SAVED, DEADLINE_REMOVED,
    // The national office's annual notice
    NOTICE_ISSUED, NOTICE_CHANGED,
    // Review routes per province
    REVIEW_ROUTE_SAVED,
    // Evaluation catalogue
    CATALOGUE_MINIMUM_CHANGED, CATALOGUE_FOOTNOTE_CHANGED, CATALOGUE_GROUP_ADDED, CATALOGUE_ACTIVATED;

    public String labelKey() {
        return "audit.action." + name();
    }

    public String detailKey() {
        return "audit.detail." + name();
    }
}
