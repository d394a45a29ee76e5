package ecopark.desk.service;

import ecopark.report.service.ParkReminders;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Tells the report feature the park's latest 催办, for its staff's report list and editor. */
@Component
class ParkRemindersAdapter implements ParkReminders {

    private final ParkChases chases;

    ParkRemindersAdapter(ParkChases chases) {
        this.chases = chases;
    }

    @Override
    public Optional<Reminder> latest(long parkId, int reportYear) {
        return chases.latest(parkId, reportYear).map(c -> new Reminder(c.jurisdictionName(), c.on()));
    }

    @Override
    public Map<Integer, Reminder> latestPerYear(long parkId) {
        Map<Integer, Reminder> latest = new LinkedHashMap<>();
        chases.latestPerYear(parkId).forEach((year, c) -> latest.put(year, new Reminder(c.jurisdictionName(), c.on())));
        return latest;
    }
}
