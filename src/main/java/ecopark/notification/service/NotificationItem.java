package ecopark.notification.service;

import java.time.Instant;
import java.util.List;

/** A notification as its recipient sees it in the bell's list. */
public record NotificationItem(long id, String messageKey, List<String> args, String link, Instant createdAt,
        boolean read) {
}
