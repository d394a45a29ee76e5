package ecopark.notification.service;

import ecopark.notification.domain.Notification;
import ecopark.notification.domain.NotificationRepository;
import ecopark.notification.domain.NotificationRows;
import ecopark.notification.domain.OutboxMail;
import ecopark.notification.domain.OutboxMailRepository;
import ecopark.security.AppRole;
import ecopark.security.CurrentUser;
import ecopark.security.service.AccountDirectory;
import ecopark.security.service.AccountDirectory.Contact;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells people that something waits for them. Sending is done by the product itself on a hand-over (a report
 * submitted, claimed, returned, approved, published or overdue; a rectification task due), so it checks no caller;
 * reading is for the signed-in user and only ever shows their own notifications. With a mail server configured, the
 * e-mail to each recipient with an address goes into the outbox in the same transaction; {@link MailOutboxSender}
 * sends it later, so neither a request nor a process step waits on the mail server.
 */
@Service
@Transactional
public class Notifications {

    private final NotificationRepository notifications;
    private final NotificationRows rows;
    private final OutboxMailRepository outbox;
    private final ObjectProvider<JavaMailSender> mailServer;
    private final NotificationMailText mailText;
    private final AccountDirectory directory;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Notifications(NotificationRepository notifications, NotificationRows rows, OutboxMailRepository outbox,
            ObjectProvider<JavaMailSender> mailServer, NotificationMailText mailText, AccountDirectory directory,
            CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.notifications = notifications;
        this.rows = rows;
        this.outbox = outbox;
        this.mailServer = mailServer;
        this.mailText = mailText;
        this.directory = directory;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** One notification per named user (each at most once); unknown or disabled accounts are skipped. */
    public void send(Collection<String> usernames, Notice notice) {
        store(new LinkedHashSet<>(usernames).stream().flatMap(username -> directory.contact(username).stream())
                .toList(), notice);
    }

    /** Notifies every member of a role for a park (staff) or a jurisdiction (reviewers, managers). */
    public void sendToRole(AppRole role, long scopeId, Notice notice) {
        store(directory.members(role, scopeId), notice);
    }

    /**
     * Notifies the members of a park-bound role for a park and of a jurisdiction-bound role for a jurisdiction (e.g.
     * a park's staff and its bureau's managers) of the same thing: one directory read, one batch of rows.
     */
    public void sendToRoles(AppRole parkRole, long parkId, AppRole jurisdictionRole, long jurisdictionId,
            Notice notice) {
        store(directory.members(parkRole, parkId, jurisdictionRole, jurisdictionId), notice);
    }

    /** Notifies every member of a Flowable candidate group such as {@code REVIEWER@3}. */
    public void sendToGroup(String candidateGroup, Notice notice) {
        store(directory.membersOfGroup(candidateGroup), notice);
    }

    /**
     * The directory lists only enabled accounts, so its members need no second look-up each. The rows go to the
     * database as one batch ({@link NotificationRows}).
     */
    private void store(List<Contact> recipients, Notice notice) {
        List<Contact> distinct = recipients.stream()
                .collect(java.util.stream.Collectors.toMap(Contact::username, c -> c, (a, b) -> a,
                        java.util.LinkedHashMap::new)).values().stream().toList();
        rows.insertAll(distinct.stream().map(recipient -> new Notification(recipient.username(), notice.messageKey(),
                notice.args(), notice.link(), clock.instant())).toList());
        List<String> addresses = distinct.stream().map(Contact::email)
                .filter(email -> email != null && !email.isBlank()).toList();
        if (addresses.isEmpty() || mailServer.getIfAvailable() == null) {
            return;
        }
        String subject = mailText.subject(notice);
        String body = mailText.body(notice);
        for (String address : addresses) {
            outbox.save(new OutboxMail(address, subject, body, clock.instant()));
        }
        events.publishEvent(new NotificationsSent());
    }

    @Transactional(readOnly = true)
    public long unreadCount() {
        return currentUser.get().map(u -> notifications.countByRecipientAndReadAtIsNull(u.username())).orElse(0L);
    }

    /** The signed-in user's latest notifications, newest first. */
    @Transactional(readOnly = true)
    public List<NotificationItem> recent(int limit) {
        String me = currentUser.require().username();
        return notifications.findForRecipient(me, PageRequest.of(0, limit)).map(Notifications::item).getContent();
    }

    public void markRead(long notificationId) {
        String me = currentUser.require().username();
        Notification notification = notifications.findById(notificationId)
                .filter(n -> n.getRecipient().equals(me))
                .orElseThrow(() -> new AccessDeniedException("Not your notification"));
        notification.markRead(clock.instant());
    }

    public void markAllRead() {
        notifications.markAllRead(currentUser.require().username(), clock.instant());
    }

    private static NotificationItem item(Notification n) {
        return new NotificationItem(n.getId(), n.getMessageKey(), n.getArgs(), n.getLink(), n.getCreatedAt(),
                n.isRead());
    }
}
