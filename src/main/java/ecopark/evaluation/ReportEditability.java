package ecopark.evaluation;

/**
 * Whether a report's indicator sheet and statistics may still change. Implemented by the report feature (a report
 * is editable only as a draft or after it was returned), so evaluation does not depend on report.
 */
public interface ReportEditability {

    boolean isEditable(long reportId);

    /**
     * The translation key of the report's state (submitted, in review, published…), for pages that must say where a
     * report that no longer changes stands; null when unknown.
     */
    default String statusLabelKey(long reportId) {
        return null;
    }
}
