package ecopark.desk.service;

import java.time.LocalDate;

/**
 * One park on the desk for a report year.
 *
 * @param province the park's province (for a desk that sees several)
 * @param reportId null while the park has no report of the year
 * @param stageKey while in review, the stage's translation key (预审/初审/复核); else null
 * @param stageBureau while in review, the bureau deciding the stage; else null
 * @param submittedOn the Beijing day of the latest submission; null if never submitted
 * @param late the notice's parks' deadline has passed and the park still owes its report
 * @param submittedLate its first submission came after the notice's deadline
 * @param lastChase the latest 催办 of the park for the year, or null
 * @param mayChase the user may 催办 this park now: allowed for the park, and the park still owes its report
 */
public record DeskRow(long parkId, String parkName, String province, Long reportId, DeskState state,
        String stageKey, String stageBureau, LocalDate submittedOn, boolean late, boolean submittedLate,
        ChaseRecord lastChase, boolean mayChase) {
}
