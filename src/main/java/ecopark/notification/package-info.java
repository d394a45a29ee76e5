/**
 * Telling people that something waits for them: a bell with the unread count in every signed-in page, and an
 * e-mail when an SMTP server is configured. Other features call {@link ecopark.notification.service.Notifications}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package ecopark.notification;
