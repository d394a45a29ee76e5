package ecopark.desk.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The desk of a report year: the year's notice (absent: nothing is late), every park of the user's scope with its
 * state, and how many parks are in each state (every state present).
 */
public record DeskBoard(int year, NoticeLine notice, LocalDate today, List<DeskRow> rows,
        Map<DeskState, Long> counts) {

    public DeskBoard {
        rows = List.copyOf(rows);
        counts = Map.copyOf(counts);
    }

    /** The year's notice as the desk shows it; daysLeft negative once the parks' deadline has passed. */
    public record NoticeLine(String documentNumber, String title, LocalDate parksDeadline, LocalDate provincesDeadline,
            long daysLeft) {

        public boolean overdue() {
            return daysLeft < 0;
        }
    }

    public boolean hasNotice() {
        return notice != null;
    }

    /** The late parks (owing their report after the deadline). */
    public List<DeskRow> late() {
        return rows.stream().filter(DeskRow::late).toList();
    }

    /** The late parks the user may 催办. */
    public List<DeskRow> lateToChase() {
        return rows.stream().filter(r -> r.late() && r.mayChase() && !chasedToday(r)).toList();
    }

    /** Whether the park was reminded today (Beijing): nobody reminds it again before tomorrow. */
    public boolean chasedToday(DeskRow row) {
        return row.lastChase() != null && row.lastChase().on().equals(today);
    }

    /** Whether the rows span more than one province (the national view): then the province is worth a column. */
    public boolean manyProvinces() {
        return rows.stream().map(DeskRow::province).distinct().count() > 1;
    }
}
