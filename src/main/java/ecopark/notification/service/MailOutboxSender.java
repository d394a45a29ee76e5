package ecopark.notification.service;

import ecopark.notification.domain.OutboxMail;
import ecopark.notification.domain.OutboxMailRepository;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the outbox, on every node, in one background thread: looks every {@code poll-interval} (and at once after a
 * commit that queued mail), claims each due row with a conditional update (so of two nodes only one sends it),
 * sends it outside any transaction with the mail timeouts of {@code spring.mail.properties}, and marks it sent. A
 * failure is stored on the row and retried after a delay that doubles up to {@code retry-max}; the round then stops,
 * since the next row would most likely meet the same server. Without {@code spring.mail.host} it does nothing.
 *
 * <p>A node that dies after the server accepted a mail but before marking it sent leaves a claim that expires after
 * {@code lease}; the mail is then sent again. That is the one case of a second copy.
 */
@Component
class MailOutboxSender implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(MailOutboxSender.class);

    /** How often, how long a claim holds, how a failure is retried. */
    record Settings(Duration pollInterval, Duration lease, Duration retryInitial, Duration retryMax, int maxAttempts,
            int batch) {
    }

    private final OutboxMailRepository outbox;
    private final JavaMailSender mailServer;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Settings settings;
    private final String from;
    private final String node;
    private volatile ScheduledExecutorService worker;

    @Autowired
    MailOutboxSender(OutboxMailRepository outbox, ObjectProvider<JavaMailSender> mailServer,
            PlatformTransactionManager transactions, Clock clock,
            @Value("${ecopark.mail.outbox.poll-interval:2s}") Duration pollInterval,
            @Value("${ecopark.mail.outbox.lease:5m}") Duration lease,
            @Value("${ecopark.mail.outbox.retry-initial:30s}") Duration retryInitial,
            @Value("${ecopark.mail.outbox.retry-max:1h}") Duration retryMax,
            @Value("${ecopark.mail.outbox.max-attempts:72}") int maxAttempts,
            @Value("${ecopark.mail.from:noreply@ecopark.local}") String from) {
        this(outbox, mailServer.getIfAvailable(), transactions, clock,
                new Settings(pollInterval, lease, retryInitial, retryMax, maxAttempts, 20), from, nodeName());
    }

    MailOutboxSender(OutboxMailRepository outbox, JavaMailSender mailServer, PlatformTransactionManager transactions,
            Clock clock, Settings settings, String from, String node) {
        this.outbox = outbox;
        this.mailServer = mailServer;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.settings = settings;
        this.from = from;
        this.node = node;
    }

    /** pid@host and a few random characters: two senders in one process are two nodes as well. */
    private static String nodeName() {
        String name = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8);
        return name.length() <= 100 ? name : name.substring(name.length() - 100);
    }

    String node() {
        return node;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void mailQueued(NotificationsSent queued) {
        ScheduledExecutorService current = worker;
        if (current != null) {
            try {
                current.execute(this::round);
            } catch (java.util.concurrent.RejectedExecutionException stopping) {
                // shutting down: the next start sends it
            }
        }
    }

    /** One round, never throwing: a database or mail server that is away is tried again at the next poll. */
    void round() {
        try {
            sendDue();
        } catch (RuntimeException e) {
            log.warn("Mail outbox round failed, tried again in {}: {}", settings.pollInterval(), e.toString());
        }
    }

    /** Sends what is due now; returns how many were sent by this node. */
    int sendDue() {
        int sent = 0;
        while (true) {
            Instant now = clock.instant();
            List<Long> due = transaction.execute(s -> outbox.findDue(now, PageRequest.of(0, settings.batch())));
            boolean claimedAny = false;
            for (Long id : due) {
                if (Thread.currentThread().isInterrupted()) {
                    return sent;
                }
                OutboxMail mail = claim(id);
                if (mail == null) {
                    continue;
                }
                claimedAny = true;
                if (!deliver(mail)) {
                    return sent;
                }
                sent++;
            }
            if (!claimedAny || due.size() < settings.batch()) {
                return sent;
            }
        }
    }

    private OutboxMail claim(long id) {
        return transaction.execute(s -> {
            Instant now = clock.instant();
            if (outbox.claim(id, node, now, now.plus(settings.lease())) != 1) {
                return null;
            }
            return outbox.findById(id).orElse(null);
        });
    }

    private boolean deliver(OutboxMail mail) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(mail.getRecipient());
        message.setSubject(mail.getSubject());
        message.setText(mail.getBody());
        try {
            mailServer.send(message);
        } catch (RuntimeException e) {
            failed(mail, e);
            return false;
        }
        transaction.executeWithoutResult(s -> outbox.markSent(mail.getId(), node, clock.instant()));
        return true;
    }

    private void failed(OutboxMail mail, RuntimeException e) {
        int attempts = mail.getAttempts() + 1;
        String error = e.getMessage() == null ? e.getClass().getName() : e.getMessage();
        error = error.length() <= 1000 ? error : error.substring(0, 1000);
        Instant next = attempts >= settings.maxAttempts() ? null : clock.instant().plus(delayAfter(attempts));
        String stored = error;
        transaction.executeWithoutResult(s -> outbox.markFailed(mail.getId(), node, next, stored));
        if (next == null) {
            log.error("Gave up e-mailing {} after {} attempts: {}", mail.getRecipient(), attempts, error);
        } else {
            log.warn("Could not e-mail {} (attempt {}), next at {}: {}", mail.getRecipient(), attempts, next, error);
        }
    }

    /** retry-initial, doubled after each further failure, at most retry-max. */
    Duration delayAfter(int attempts) {
        Duration delay = settings.retryInitial();
        for (int i = 1; i < attempts && delay.compareTo(settings.retryMax()) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(settings.retryMax()) < 0 ? delay : settings.retryMax();
    }

    @Override
    public void start() {
        if (mailServer == null || worker != null) {
            return;
        }
        ScheduledExecutorService started = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "mail-outbox");
            thread.setDaemon(true);
            return thread;
        });
        long every = settings.pollInterval().toMillis();
        started.scheduleWithFixedDelay(this::round, every, every, TimeUnit.MILLISECONDS);
        worker = started;
    }

    @Override
    public void stop() {
        ScheduledExecutorService running = worker;
        worker = null;
        if (running != null) {
            running.shutdownNow();
            try {
                running.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return worker != null;
    }
}
