package ecopark.evaluation;

/**
 * Whether a report's indicator sheet and statistics may still change. Implemented by the report feature (a report
 * is editable only as a draft or after it was returned), so evaluation does not depend on report.
 */
public interface ReportEditability {

    boolean isEditable(long reportId);
}
