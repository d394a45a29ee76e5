package ecopark.notification.domain;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * New notifications written as one JDBC batch, whatever the number of recipients: the entity's IDENTITY key keeps
 * Hibernate from batching inserts, so saved one by one a notice to a group cost a statement and a round trip per
 * recipient (issue 14). The rows are those {@link Notification}'s mapping would write (version 0, unread); nobody
 * needs their ids at this point. Part of the caller's transaction, on its connection.
 */
@Component
public class NotificationRows {

    private static final String INSERT = "insert into notification (version, recipient, message_key, args, link, "
            + "created_at, read_at) values (0, ?, ?, ?, ?, ?, null)";

    private final JdbcTemplate jdbc;

    NotificationRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void insertAll(List<Notification> unsaved) {
        if (unsaved.isEmpty()) {
            return;
        }
        jdbc.batchUpdate(INSERT, unsaved, unsaved.size(), NotificationRows::bind);
    }

    private static void bind(PreparedStatement insert, Notification n) throws SQLException {
        insert.setString(1, n.getRecipient());
        insert.setString(2, n.getMessageKey());
        insert.setString(3, n.storedArgs());
        insert.setString(4, n.getLink());
        // As Hibernate writes an Instant here (hibernate.jdbc.time_zone=UTC): the UTC wall-clock time.
        insert.setObject(5, LocalDateTime.ofInstant(n.getCreatedAt(), ZoneOffset.UTC));
    }
}
