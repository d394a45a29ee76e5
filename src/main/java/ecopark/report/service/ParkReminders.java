package ecopark.report.service;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * The province's latest 催办 (reminder) of a park's report of a year, for the park's staff to see in the report list
 * and editor. Implemented by the desk feature, so that report does not depend on desk.
 */
public interface ParkReminders {

    /** The latest reminder of the park for the year, if any; the user must be allowed to read the park. */
    Optional<Reminder> latest(long parkId, int reportYear);

    /** The park's latest reminder of each report year it was reminded of, the newest year first. */
    Map<Integer, Reminder> latestPerYear(long parkId);

    /** Which bureau reminded the park, on which Beijing day. */
    record Reminder(String bureau, LocalDate on) {
    }
}
