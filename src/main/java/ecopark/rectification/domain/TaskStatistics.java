package ecopark.rectification.domain;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The registry's figures as SQL aggregates: counts per park, source and round in one grouped scan of the dashboard's
 * covering index, and tasks assigned and closed per month for the burn-down. Overdue and due-soon are computed here
 * from the deadline and the given day, never taken from the process engine.
 */
@Repository
public class TaskStatistics {

    /** Statuses in which the park is still working on a task (see {@link TaskStatus#isBeingRectified()}). */
    private static final String BEING_RECTIFIED = "status in ('OPEN', 'IN_PROGRESS', 'RETURNED')";

    private final NamedParameterJdbcTemplate jdbc;

    TaskStatistics(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Counts grouped by park, source and round.
     *
     * @param parkIds the parks to count, or null for every park
     * @param today overdue means a deadline before this day
     * @param dueSoonUntil due soon means a deadline from today up to this day
     * @param year closed-in-year counts tasks closed in this calendar year
     */
    public List<TaskCounts> counts(Collection<Long> parkIds, RectificationSource source, Long roundId, LocalDate today,
            LocalDate dueSoonUntil, int year) {
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("today", Date.valueOf(today))
                .addValue("soon", Date.valueOf(dueSoonUntil))
                .addValue("yearStart", Date.valueOf(LocalDate.of(year, 1, 1)))
                .addValue("yearEnd", Date.valueOf(LocalDate.of(year, 12, 31)));
        String sql = """
                select park_id, source, round_id,
                       count(*) as total,
                       sum(case when status = 'CLOSED' then 1 else 0 end) as closed,
                       sum(case when %1$s and deadline < :today then 1 else 0 end) as overdue,
                       sum(case when %1$s and deadline >= :today and deadline <= :soon then 1 else 0 end) as due_soon,
                       sum(case when status = 'AWAITING_VERIFICATION' then 1 else 0 end) as awaiting,
                       sum(case when closed_on >= :yearStart and closed_on <= :yearEnd then 1 else 0 end) as closed_in_year
                from rectification_task
                where %2$s
                group by park_id, source, round_id
                """.formatted(BEING_RECTIFIED, where(parkIds, source, roundId, params));
        return jdbc.query(sql, params, (rs, i) -> new TaskCounts(rs.getLong("park_id"),
                RectificationSource.valueOf(rs.getString("source")), (Long) rs.getObject("round_id", Long.class),
                rs.getLong("total"), rs.getLong("closed"), rs.getLong("overdue"), rs.getLong("due_soon"),
                rs.getLong("awaiting"), rs.getLong("closed_in_year")));
    }

    /**
     * Tasks assigned and tasks closed per calendar month ({@code yyyymm}), for the burn-down, oldest first: one scan
     * grouped by the month of assignment and the month of closing, split apart here.
     */
    public List<MonthCount> months(Collection<Long> parkIds, RectificationSource source, Long roundId) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String sql = """
                select year(assigned_on) * 100 + month(assigned_on) as assigned_month,
                       year(closed_on) * 100 + month(closed_on) as closed_month,
                       count(*) as tasks
                from rectification_task
                where %s
                group by year(assigned_on) * 100 + month(assigned_on), year(closed_on) * 100 + month(closed_on)
                """.formatted(where(parkIds, source, roundId, params));
        java.util.TreeMap<Integer, long[]> byMonth = new java.util.TreeMap<>();
        jdbc.query(sql, params, rs -> {
            long tasks = rs.getLong("tasks");
            byMonth.computeIfAbsent(rs.getInt("assigned_month"), m -> new long[2])[0] += tasks;
            int closed = rs.getInt("closed_month");
            if (!rs.wasNull()) {
                byMonth.computeIfAbsent(closed, m -> new long[2])[1] += tasks;
            }
        });
        return byMonth.entrySet().stream().map(e -> new MonthCount(e.getKey(), e.getValue()[0], e.getValue()[1]))
                .toList();
    }

    /**
     * A park's tasks as they stood at the end of a day, per source and round: those assigned by then, and those of
     * them closed by then (a task closed later was still open on that day).
     */
    public List<FiguresAsOf> figuresAsOf(long parkId, LocalDate asOf) {
        MapSqlParameterSource params = new MapSqlParameterSource().addValue("park", parkId)
                .addValue("asOf", Date.valueOf(asOf));
        String sql = """
                select source, round_id, count(*) as total,
                       sum(case when closed_on <= :asOf then 1 else 0 end) as closed
                from rectification_task
                where park_id = :park and assigned_on <= :asOf
                group by source, round_id
                """;
        return jdbc.query(sql, params, (rs, i) -> new FiguresAsOf(RectificationSource.valueOf(rs.getString("source")),
                (Long) rs.getObject("round_id", Long.class), rs.getLong("total"), rs.getLong("closed")));
    }

    private static String where(Collection<Long> parkIds, RectificationSource source, Long roundId,
            MapSqlParameterSource params) {
        StringBuilder where = new StringBuilder("1 = 1");
        if (parkIds != null) {
            if (parkIds.isEmpty()) {
                return "1 = 0";
            }
            where.append(" and park_id in (:parkIds)");
            params.addValue("parkIds", parkIds);
        }
        if (source != null) {
            where.append(" and source = :source");
            params.addValue("source", source.name());
        }
        if (roundId != null) {
            where.append(" and round_id = :roundId");
            params.addValue("roundId", roundId);
        }
        return where.toString();
    }

    /** Counts of one park, source and round (round null for tasks outside any round). */
    public record TaskCounts(long parkId, RectificationSource source, Long roundId, long total, long closed,
            long overdue, long dueSoon, long awaiting, long closedInYear) {

        public long open() {
            return total - closed;
        }
    }

    /** Tasks of one source and round (null: outside any round) on a day: how many there were and how many closed. */
    public record FiguresAsOf(RectificationSource source, Long roundId, long total, long closed) {
    }

    /** One month of the burn-down: {@code yearMonth} as yyyymm. */
    public record MonthCount(int yearMonth, long assigned, long closed) {
    }
}
