package ecopark.notification.service;

/** Raised when notification e-mails were put in the outbox; once committed, the sender looks at once. */
record NotificationsSent() {
}
