package ecopark.notification.domain;

import ecopark.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** One message to one user; the text is a translation key with arguments, rendered in the reader's language. */
@Entity
@Table(name = "notification")
public class Notification extends AbstractEntity {

    // Arguments are plain strings joined by a separator that never occurs in user text.
    private static final String SEPARATOR = "\u001F";

    @Column(nullable = false, length = 50)
    private String recipient;

    @Column(name = "message_key", nullable = false, length = 100)
    private String messageKey;

    @Column(nullable = false, length = 2000)
    private String args;

    @Column(length = 255)
    private String link;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {
    }

    public Notification(String recipient, String messageKey, List<String> args, String link, Instant createdAt) {
        this.recipient = recipient;
        this.messageKey = messageKey;
        this.args = String.join(SEPARATOR, args.stream().map(a -> a.replace(SEPARATOR, " ")).toList());
        this.link = link;
        this.createdAt = createdAt;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public List<String> getArgs() {
        return args.isEmpty() ? List.of() : Arrays.asList(args.split(SEPARATOR, -1));
    }

    /** The arguments as stored, joined by the separator ({@link NotificationRows} writes them so). */
    String storedArgs() {
        return args;
    }

    public String getLink() {
        return link;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }

    public boolean isRead() {
        return readAt != null;
    }

    public void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }
}
