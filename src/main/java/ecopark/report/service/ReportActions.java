package ecopark.report.service;

/**
 * What the current user may do with a report now, from {@link ReportService#actionsOn(long)}: views show their
 * buttons by it and the API reports it; the services check the same rule again on every action.
 *
 * @param edit            change sections 一 to 三, import a workbook, attach files (a draft or returned report of the
 *                        user's own park)
 * @param submit          submit it for review (when editable; what is still missing is the submission check's answer)
 * @param withdraw        take back a submission no reviewer has taken yet
 * @param startCorrection reopen a published report for a correction
 */
public record ReportActions(boolean edit, boolean submit, boolean withdraw, boolean startCorrection) {

    public static final ReportActions NONE = new ReportActions(false, false, false, false);
}
