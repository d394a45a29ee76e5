package ecopark.notification.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import ecopark.ActingUsers;
import ecopark.ApplicationTest;
import ecopark.ReportFixtures;
import ecopark.notification.domain.OutboxMail;
import ecopark.notification.domain.OutboxMailRepository;
import ecopark.report.service.ReportWorkflow;
import ecopark.security.domain.AppUserRepository;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A mail server that refuses connections, then accepts them and never answers, then works again: submissions take no
 * longer while it is away, and once it is back every notification mail arrives exactly once, also with a second node
 * sending the same outbox. Report years 3801–3819.
 */
@ApplicationTest
@TestPropertySource(properties = {"spring.mail.host=127.0.0.1",
        "spring.mail.properties.mail.smtp.connectiontimeout=4000", "spring.mail.properties.mail.smtp.timeout=4000",
        "spring.mail.properties.mail.smtp.writetimeout=4000", "ecopark.mail.outbox.poll-interval=300ms",
        "ecopark.mail.outbox.retry-initial=500ms", "ecopark.mail.outbox.retry-max=1s"})
class MailOutboxTest {

    private static final int PORT = freePort();
    private static final Duration SMTP_TIMEOUT = Duration.ofMillis(4000);
    private static final AtomicInteger YEARS = new AtomicInteger(3801);

    @DynamicPropertySource
    static void mailPort(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> PORT);
    }

    @Autowired Notifications notifications;
    @Autowired OutboxMailRepository outbox;
    @Autowired ReportWorkflow workflow;
    @Autowired ReportFixtures fixtures;
    @Autowired ActingUsers acting;
    @Autowired AppUserRepository users;
    @Autowired TransactionTemplate transaction;
    @Autowired PlatformTransactionManager transactions;
    @Autowired Clock clock;

    @BeforeEach
    void reviewersHaveAddresses() {
        transaction.executeWithoutResult(s -> {
            users.findByUsername("cc_reviewer1").orElseThrow().setEmail("liming@example.gov.cn");
            users.findByUsername("cc_reviewer2").orElseThrow().setEmail("zhaojing@example.gov.cn");
        });
    }

    @Test
    void a_mail_server_that_refuses_then_hangs_then_accepts_delays_no_submission_and_gets_every_mail_once()
            throws Exception {
        long before = outbox.count();

        // 1. Nothing listens on the port: connection refused.
        List<Long> refused = submitReports(3);
        waitUntil(Duration.ofSeconds(20), () -> unsent().stream().allMatch(m -> m.getAttempts() >= 1));
        assertThat(unsent()).hasSize((int) (outbox.count() - before)).allSatisfy(m -> {
            assertThat(m.getSentAt()).isNull();
            assertThat(m.getLastError()).isNotBlank();
        });

        // 2. A server that takes the connection and never says a word: each attempt waits for the SMTP timeout.
        List<Long> hanging;
        try (HangingServer server = new HangingServer(PORT)) {
            hanging = submitReports(3);
            waitUntil(Duration.ofSeconds(30), () -> server.connections() >= 2);
            assertThat(outbox.countBySentAtIsNull()).isEqualTo(outbox.count() - before);
        }

        // 3. The server works again, and a second node sends from the same outbox.
        GreenMail server = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        MailOutboxSender secondNode = secondNode("second-node");
        secondNode.start();
        try {
            List<Long> working = submitReports(3);
            waitUntil(Duration.ofSeconds(60), () -> outbox.countBySentAtIsNull() == 0);
            Thread.sleep(1000); // time for a duplicate, if any, to arrive

            MimeMessage[] received = server.getReceivedMessages();
            long queued = outbox.count() - before;
            assertThat(queued).isEqualTo(18); // 9 submissions, two reviewers each
            assertThat(received).hasSize((int) queued);
            assertThat(Arrays.stream(received).map(MailOutboxTest::recipientAndSubject).distinct()).hasSize(received.length);
            assertThat(outbox.findAll()).allSatisfy(m -> assertThat(m.getSentAt()).isNotNull());

            // No submission waited on the mail server: each took less than one SMTP timeout while it hung.
            assertThat(hanging).allSatisfy(millis -> assertThat(millis).isLessThan(SMTP_TIMEOUT.toMillis()));
            System.out.printf("FIGURES mail: submit ms refused=%s hanging=%s working=%s; median ratio hanging/working"
                    + " %.2f; %d mails queued, %d received, attempts total %d%n", refused, hanging, working,
                    (double) median(hanging) / median(working), queued, received.length,
                    outbox.findAll().stream().mapToInt(OutboxMail::getAttempts).sum());
        } finally {
            secondNode.stop();
            server.stop();
        }
    }

    @Test
    void three_nodes_sending_one_outbox_deliver_every_mail_exactly_once() throws Exception {
        GreenMail server = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        List<MailOutboxSender> nodes = List.of(secondNode("node-b"), secondNode("node-c"));
        try {
            waitUntil(Duration.ofSeconds(30), () -> outbox.countBySentAtIsNull() == 0);
            int alreadyReceived = server.getReceivedMessages().length;
            long before = outbox.count();
            transaction.executeWithoutResult(s -> {
                for (int i = 1; i <= 60; i++) {
                    notifications.send(List.of("cc_reviewer1"),
                            Notice.of("notification.review.awaitingPreliminary", "inbox", "并发园区" + i, 3800 + i));
                }
            });
            // The context's own sender is woken by the commit; two more nodes race it for the same rows.
            List<CompletableFuture<Integer>> racing = new ArrayList<>();
            for (MailOutboxSender node : nodes) {
                racing.add(CompletableFuture.supplyAsync(node::sendDue));
            }
            List<Integer> sentByNode = new ArrayList<>();
            for (CompletableFuture<Integer> node : racing) {
                sentByNode.add(node.get());
            }
            waitUntil(Duration.ofSeconds(60), () -> outbox.countBySentAtIsNull() == 0);
            Thread.sleep(1000);

            List<MimeMessage> received = Arrays.asList(server.getReceivedMessages())
                    .subList(alreadyReceived, server.getReceivedMessages().length);
            assertThat(outbox.count() - before).isEqualTo(60);
            assertThat(received).hasSize(60);
            assertThat(received.stream().map(MailOutboxTest::recipientAndSubject).distinct()).hasSize(60);
            System.out.printf("FIGURES mail: 60 mails, two extra nodes sent %s, the context's node the rest; "
                    + "60 received, 0 duplicates%n", sentByNode);
        } finally {
            server.stop();
        }
    }

    private MailOutboxSender secondNode(String name) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(PORT);
        Properties properties = new Properties();
        properties.put("mail.smtp.connectiontimeout", "4000");
        properties.put("mail.smtp.timeout", "4000");
        properties.put("mail.smtp.writetimeout", "4000");
        sender.setJavaMailProperties(properties);
        return new MailOutboxSender(outbox, sender, transactions, clock, new MailOutboxSender.Settings(
                Duration.ofMillis(300), Duration.ofMinutes(5), Duration.ofMillis(500), Duration.ofSeconds(1), 72, 20),
                "noreply@ecopark.local", name);
    }

    /** Submits complete reports; how long each submission took, in milliseconds. */
    private List<Long> submitReports(int count) {
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long report = fixtures.completeReport(YEARS.getAndIncrement());
            long start = System.nanoTime();
            acting.as("cc_staff", () -> workflow.submit(report));
            millis.add((System.nanoTime() - start) / 1_000_000);
        }
        return millis;
    }

    private List<OutboxMail> unsent() {
        return outbox.findAll().stream().filter(m -> m.getSentAt() == null).toList();
    }

    private static String recipientAndSubject(MimeMessage message) {
        try {
            return Arrays.stream(message.getAllRecipients()).map(Object::toString).collect(Collectors.joining(","))
                    + " " + message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static void waitUntil(Duration limit, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("Condition not met within " + limit);
            }
            Thread.sleep(100);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Takes every connection and never answers, as a mail server stuck behind a broken firewall. */
    static final class HangingServer implements AutoCloseable {

        private final ServerSocket socket;
        private final List<Socket> accepted = new CopyOnWriteArrayList<>();

        HangingServer(int port) throws IOException {
            socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            Thread acceptor = new Thread(() -> {
                while (!socket.isClosed()) {
                    try {
                        accepted.add(socket.accept());
                    } catch (IOException closed) {
                        return;
                    }
                }
            }, "hanging-smtp");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        int connections() {
            return accepted.size();
        }

        @Override
        public void close() throws IOException {
            socket.close();
            for (Socket connection : accepted) {
                connection.close();
            }
        }
    }
}
