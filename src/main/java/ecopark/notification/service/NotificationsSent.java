package ecopark.notification.service;

import java.util.List;

/** Raised when notifications were stored; e-mail goes out once the transaction has committed. */
record NotificationsSent(List<Long> notificationIds) {
}
