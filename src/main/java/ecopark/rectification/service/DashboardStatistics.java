package ecopark.rectification.service;

import ecopark.rectification.domain.RectificationSource;
import ecopark.rectification.domain.TaskStatistics.MonthCount;
import ecopark.rectification.domain.TaskStatistics.TaskCounts;
import ecopark.security.ParkScope;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeMap;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The dashboard's three statements: counts per park, source and round; tasks assigned and closed per month; the
 * longest-overdue tasks. Each selects the user's parks by joining the park table on the jurisdictions of their
 * subtree (a few ids), not by a list of park ids, so neither the statements nor their parameters grow with the number
 * of parks in the scope.
 * Overdue and due soon come from the deadline and the given day, never from the process engine.
 */
@Component
class DashboardStatistics {

    /** Statuses in which the park is still working on a task (see TaskStatus#isBeingRectified). */
    private static final String BEING_RECTIFIED = "t.status in ('OPEN', 'IN_PROGRESS', 'RETURNED')";

    private final NamedParameterJdbcTemplate jdbc;

    DashboardStatistics(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** What the dashboard covers: the user's scope, narrowed to a park, source or round (each null for any). */
    record Selection(ParkScope scope, Long parkId, RectificationSource source, Long roundId) {
    }

    List<TaskCounts> counts(Selection selection, LocalDate today, LocalDate dueSoonUntil, int year) {
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("today", Date.valueOf(today))
                .addValue("soon", Date.valueOf(dueSoonUntil))
                .addValue("yearStart", Date.valueOf(LocalDate.of(year, 1, 1)))
                .addValue("yearEnd", Date.valueOf(LocalDate.of(year, 12, 31)));
        String sql = """
                select t.park_id, t.source, t.round_id,
                       count(*) as total,
                       sum(case when t.status = 'CLOSED' then 1 else 0 end) as closed,
                       sum(case when %1$s and t.deadline < :today then 1 else 0 end) as overdue,
                       sum(case when %1$s and t.deadline >= :today and t.deadline <= :soon then 1 else 0 end) as due_soon,
                       sum(case when t.status = 'AWAITING_VERIFICATION' then 1 else 0 end) as awaiting,
                       sum(case when t.closed_on >= :yearStart and t.closed_on <= :yearEnd then 1 else 0 end)
                           as closed_in_year
                %2$s
                group by t.park_id, t.source, t.round_id
                """.formatted(BEING_RECTIFIED, from(selection, params));
        return jdbc.query(sql, params, (rs, i) -> new TaskCounts(rs.getLong("park_id"),
                RectificationSource.valueOf(rs.getString("source")), (Long) rs.getObject("round_id", Long.class),
                rs.getLong("total"), rs.getLong("closed"), rs.getLong("overdue"), rs.getLong("due_soon"),
                rs.getLong("awaiting"), rs.getLong("closed_in_year")));
    }

    /** Tasks assigned and closed per month ({@code yyyymm}), oldest first, for the burn-down. */
    List<MonthCount> months(Selection selection) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String sql = """
                select year(t.assigned_on) * 100 + month(t.assigned_on) as assigned_month,
                       year(t.closed_on) * 100 + month(t.closed_on) as closed_month,
                       count(*) as tasks
                %s
                group by year(t.assigned_on) * 100 + month(t.assigned_on), year(t.closed_on) * 100 + month(t.closed_on)
                """.formatted(from(selection, params));
        TreeMap<Integer, long[]> byMonth = new TreeMap<>();
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

    /** The ids of the tasks still being rectified whose deadline passed longest ago, oldest deadline first. */
    List<Long> longestOverdue(Selection selection, LocalDate today, int limit) {
        MapSqlParameterSource params = new MapSqlParameterSource().addValue("today", Date.valueOf(today))
                .addValue("limit", limit);
        String sql = "select t.id " + from(selection, params) + " and " + BEING_RECTIFIED
                + " and t.deadline < :today order by t.deadline, t.id limit :limit";
        return jdbc.queryForList(sql, params, Long.class);
    }

    private static String from(Selection selection, MapSqlParameterSource params) {
        StringBuilder from = new StringBuilder("from rectification_task t");
        ParkScope scope = selection.scope();
        if (scope.byJurisdiction()) {
            from.append(" join park p on p.id = t.park_id and p.jurisdiction_id in (:jurisdictions)");
            params.addValue("jurisdictions", scope.jurisdictionIds());
        }
        from.append(" where 1 = 1");
        if (scope.parkId() != null) {
            from.append(" and t.park_id = :scopePark");
            params.addValue("scopePark", scope.parkId());
        }
        if (selection.parkId() != null) {
            from.append(" and t.park_id = :park");
            params.addValue("park", selection.parkId());
        }
        if (selection.source() != null) {
            from.append(" and t.source = :source");
            params.addValue("source", selection.source().name());
        }
        if (selection.roundId() != null) {
            from.append(" and t.round_id = :roundId");
            params.addValue("roundId", selection.roundId());
        }
        return from.toString();
    }
}
