package ecopark.evaluation.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the report editor changed in section 三 since it was loaded, applied as a whole when the report is saved (and
 * evaluated without being stored, for the live evaluation): entered values and yes/no states (null clears), the
 * selection of optional indicators with its change reason (null when unchanged), and the park's yearly statistics of
 * the report's years (a null value deletes the recorded one).
 *
 * <p>Each part carries the field name a problem is reported under, so a refusal marks the field that caused it.
 */
public record SheetEdits(Map<String, BigDecimal> values, Map<String, Boolean> states, Selection selection,
        List<StatisticEdit> statistics) {

    public static final SheetEdits NONE = new SheetEdits(Map.of(), Map.of(), null, List.of());

    /** Field name of the selection of optional indicators and its change reason. */
    public static final String SELECTION_FIELD = "selection";

    /** A new selection of optional indicators with the reason it differs from last year's (may be blank). */
    public record Selection(Set<String> optionalCodes, String changeReason) {

        public Selection {
            optionalCodes = Collections.unmodifiableSet(new TreeSet<>(optionalCodes));
        }
    }

    public SheetEdits {
        // Null values mean "clear", so the maps are copied into ones that allow null.
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        states = Collections.unmodifiableMap(new LinkedHashMap<>(states));
        statistics = Collections.unmodifiableList(new ArrayList<>(statistics));
    }

    public boolean isEmpty() {
        return values.isEmpty() && states.isEmpty() && selection == null && statistics.isEmpty();
    }

    public static String valueField(String code) {
        return "value:" + code;
    }

    public static String stateField(String code) {
        return "state:" + code;
    }

    public static String statisticField(String key, int year) {
        return "statistic:" + key + ":" + year;
    }
}
