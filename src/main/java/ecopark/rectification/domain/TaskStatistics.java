package ecopark.rectification.domain;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * A park's registry figures as SQL aggregates, and the rows the dashboard's own queries (DashboardStatistics in the
 * service layer, scoped by jurisdiction) return.
 */
@Repository
public class TaskStatistics {

    private final NamedParameterJdbcTemplate jdbc;

    TaskStatistics(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
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
