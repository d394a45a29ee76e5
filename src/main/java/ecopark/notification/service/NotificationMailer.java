package ecopark.notification.service;

import com.vaadin.flow.i18n.I18NProvider;
import ecopark.notification.domain.Notification;
import ecopark.notification.domain.NotificationRepository;
import ecopark.security.service.AccountDirectory;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends each stored notification by e-mail, in Chinese with the English below it, once the transaction that made it
 * has committed (a rolled-back hand-over sends nothing). Without {@code spring.mail.host} there is no mail sender and
 * the bell alone tells; a mail server that fails is logged and never undoes the hand-over.
 */
@Component
class NotificationMailer {

    private static final Logger log = LoggerFactory.getLogger(NotificationMailer.class);
    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private final ObjectProvider<JavaMailSender> mailSender;
    private final NotificationRepository notifications;
    private final AccountDirectory directory;
    private final I18NProvider translations;
    private final String from;
    private final String baseUrl;
    private final TransactionTemplate readOnly;

    NotificationMailer(ObjectProvider<JavaMailSender> mailSender, NotificationRepository notifications,
            AccountDirectory directory, I18NProvider translations, PlatformTransactionManager transactions,
            @Value("${ecopark.mail.from:noreply@ecopark.local}") String from,
            @Value("${ecopark.base-url:http://localhost:8080}") String baseUrl) {
        this.mailSender = mailSender;
        this.notifications = notifications;
        this.directory = directory;
        this.translations = translations;
        this.from = from;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        this.readOnly = new TransactionTemplate(transactions);
        readOnly.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        readOnly.setReadOnly(true);
    }

    /** Without a mail server nothing is read: every hand-over would otherwise pay for an empty transaction. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void mail(NotificationsSent sent) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return;
        }
        readOnly.executeWithoutResult(status -> {
            for (Notification notification : notifications.findAllById(sent.notificationIds())) {
                directory.contact(notification.getRecipient())
                        .filter(contact -> contact.email() != null && !contact.email().isBlank())
                        .ifPresent(contact -> send(sender, contact.email(), notification));
            }
        });
    }

    private void send(JavaMailSender sender, String to, Notification notification) {
        Object[] args = notification.getArgs().toArray();
        String chinese = translations.getTranslation(notification.getMessageKey(), CHINESE, args);
        String english = translations.getTranslation(notification.getMessageKey(), Locale.ENGLISH, args);
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom(from);
        mail.setTo(to);
        mail.setSubject(translations.getTranslation("notification.mail.subject", CHINESE) + " " + chinese);
        StringBuilder body = new StringBuilder(chinese).append("\n").append(english).append("\n");
        if (notification.getLink() != null) {
            body.append("\n").append(baseUrl).append(notification.getLink()).append("\n");
        }
        mail.setText(body.toString());
        try {
            sender.send(mail);
        } catch (MailException e) {
            log.warn("Could not e-mail notification {} to {}: {}", notification.getId(), to, e.getMessage());
        }
    }
}
