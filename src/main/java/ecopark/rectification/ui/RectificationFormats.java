package ecopark.rectification.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How the registry's pages write dates, times and sizes. */
final class RectificationFormats {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private RectificationFormats() {
    }

    static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    static String when(Instant instant, ZoneId zone) {
        return instant == null ? "" : WHEN.format(instant.atZone(zone));
    }
}
