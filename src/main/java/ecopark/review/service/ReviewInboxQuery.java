package ecopark.review.service;

import ecopark.review.domain.ReviewStage;
import ecopark.review.process.ReviewProcess;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The reviewer's inbox in two statements whatever the number of tasks, parks or reports: a count and a page, each
 * one join of the engine's open tasks with the report each reviews (park name and year are the report's columns) and
 * the holder's name. Flowable's task query can neither filter on a report's year nor fetch the reports; asked task by
 * task, the inbox cost two statements per row, and the year filter put every visible report's id into the query.
 * The engine's tables are read, never written, here; the names and columns are those of Flowable 7's schema.
 */
@Component
class ReviewInboxQuery {

    /**
     * The open review tasks with their report: a process-level variable {@code reportId} names the report,
     * {@code revisionNumber} the revision under review.
     */
    private static final String FROM = """
             from ACT_RU_TASK t
             join ACT_RE_PROCDEF d on d.ID_ = t.PROC_DEF_ID_ and d.KEY_ = :processKey
             join ACT_RU_VARIABLE vr on vr.EXECUTION_ID_ = t.PROC_INST_ID_ and vr.TASK_ID_ is null
                  and vr.NAME_ = 'reportId'
             join ACT_RU_VARIABLE vn on vn.EXECUTION_ID_ = t.PROC_INST_ID_ and vn.TASK_ID_ is null
                  and vn.NAME_ = 'revisionNumber'
             join annual_report r on r.id = vr.LONG_
            """;

    private final NamedParameterJdbcTemplate jdbc;

    ReviewInboxQuery(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** How many tasks the filter finds for a reviewer of {@code candidateGroup} called {@code username}. */
    long count(InboxFilter filter, String username, String candidateGroup) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        Long count = jdbc.queryForObject("select count(*)" + FROM + where(filter, username, candidateGroup, params),
                params, Long.class);
        return count == null ? 0 : count;
    }

    /** One page of the tasks, in the filter's order and then by task id, so that pages never overlap. */
    List<Row> page(InboxFilter filter, String username, String candidateGroup, Long bureau, long offset, int size) {
        // four_eyes: the reviewer approved this revision's 初审, so may not take its 复核 (the same statement).
        MapSqlParameterSource params = new MapSqlParameterSource().addValue("offset", offset).addValue("size", size)
                .addValue("bureau", bureau).addValue("finalKey", ReviewStage.FINAL.taskKey()).addValue("me", username);
        String order = switch (filter.sort()) {
            case DUE_FIRST -> "t.DUE_DATE_ asc, t.CREATE_TIME_ asc";
            case NEWEST_FIRST -> "t.CREATE_TIME_ desc";
            case OLDEST_FIRST -> "t.CREATE_TIME_ asc";
        };
        String sql = """
                select t.ID_ as task_id, t.TASK_DEF_KEY_ as task_key, t.CREATE_TIME_ as created, t.DUE_DATE_ as due,
                       t.ASSIGNEE_ as assignee, u.display_name as assignee_name, r.id as report_id,
                       r.park_name as park_name, r.report_year as report_year, vn.LONG_ as revision_number,
                       (select j.name from jurisdiction j where j.id = :bureau) as stage_bureau,
                       case when t.TASK_DEF_KEY_ = :finalKey and exists (select 1 from review_decision rd
                            where rd.report_id = r.id and rd.revision_number = vn.LONG_ and rd.stage = 'PRELIMINARY'
                            and rd.decision = 'APPROVED' and rd.reviewer = :me) then 1 else 0 end as four_eyes
                """ + FROM + " left join app_user u on u.username = t.ASSIGNEE_ and u.enabled = true "
                + where(filter, username, candidateGroup, params)
                + " order by " + order + ", t.ID_ asc limit :size offset :offset";
        return jdbc.query(sql, params, ReviewInboxQuery::row);
    }

    private static String where(InboxFilter filter, String username, String candidateGroup,
            MapSqlParameterSource params) {
        params.addValue("processKey", ReviewProcess.PROCESS_KEY);
        StringBuilder where = new StringBuilder(" where ");
        if (filter.mineOnly()) {
            where.append("t.ASSIGNEE_ = :username");
            params.addValue("username", username);
        } else {
            // Any holder: a reviewer sees what colleagues of the bureau have taken, too.
            where.append("exists (select 1 from ACT_RU_IDENTITYLINK l where l.TASK_ID_ = t.ID_ "
                    + "and l.TYPE_ = 'candidate' and l.GROUP_ID_ = :candidateGroup)");
            params.addValue("candidateGroup", candidateGroup);
        }
        if (filter.stage() != null) {
            where.append(" and t.TASK_DEF_KEY_ = :taskKey");
            params.addValue("taskKey", filter.stage().taskKey());
        }
        if (filter.parkId() != null) {
            where.append(" and r.park_id = :parkId");
            params.addValue("parkId", filter.parkId());
        }
        if (filter.year() != null) {
            where.append(" and r.report_year = :year");
            params.addValue("year", filter.year());
        }
        return where.toString();
    }

    private static Row row(ResultSet rs, int i) throws SQLException {
        return new Row(rs.getString("task_id"), ReviewStage.ofTaskKey(rs.getString("task_key")),
                instant(rs.getTimestamp("created")), instant(rs.getTimestamp("due")), rs.getString("assignee"),
                rs.getString("assignee_name"), rs.getLong("report_id"), rs.getString("park_name"),
                rs.getInt("report_year"), rs.getInt("revision_number"), rs.getString("stage_bureau"),
                rs.getInt("four_eyes") == 1);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    /**
     * A task of the inbox with what the list shows of its report. Its stage is one of the reviewer's bureau (the
     * candidate group is the stage's bureau's), so {@code stageBureau} is that bureau's name. {@code decidedEarlier}:
     * the reviewer approved this revision's 初审 and may not take its 复核 (four eyes).
     */
    record Row(String taskId, ReviewStage stage, Instant createdAt, Instant dueAt, String assignee,
            String assigneeName, long reportId, String parkName, int year, int revisionNumber, String stageBureau,
            boolean decidedEarlier) {
    }
}
