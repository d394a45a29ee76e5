package ecopark.notification.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import ecopark.ApplicationTest;
import ecopark.ReportFixtures;
import ecopark.report.service.ReportWorkflow;
import ecopark.review.domain.ReviewStage;
import ecopark.review.service.ReviewService;
import ecopark.security.domain.AppUserRepository;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/** Every hand-over of a review reaches the right people in the bell, and by e-mail when a mail server is set. */
@ApplicationTest
@TestPropertySource(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3025"})
class ReviewNotificationsTest {

    @RegisterExtension
    static GreenMailExtension mailServer = new GreenMailExtension(ServerSetupTest.SMTP);

    private static final AtomicInteger YEARS = new AtomicInteger(2301);

    @Autowired Notifications notifications;
    @Autowired ReportWorkflow workflow;
    @Autowired ReviewService review;
    @Autowired ReportFixtures fixtures;
    @Autowired AppUserRepository users;
    @Autowired TransactionTemplate transaction;

    @Autowired ecopark.ActingUsers acting;

    private List<String> texts(String username) {
        return acting.as(username, () -> notifications.recent(50).stream()
                .map(n -> n.messageKey() + n.args()).toList());
    }

    private String taskOf(String reviewer, long reportId) {
        return acting.as(reviewer, () -> review.inbox(ReviewStage.PRELIMINARY, false, PageRequest.of(0, 100)).stream()
                .filter(t -> t.reportId() == reportId).findFirst().orElseThrow().taskId());
    }

    @Test
    void a_submission_tells_the_jurisdictions_reviewers_and_a_claim_tells_the_parks_staff() {
        int year = YEARS.getAndIncrement();
        long report = fixtures.completeReport(year);
        long before = acting.as("cc_reviewer2", () -> notifications.unreadCount());

        acting.as("cc_staff", () -> workflow.submit(report));

        assertThat(acting.as("cc_reviewer2", () -> notifications.unreadCount())).isEqualTo(before + 1);
        assertThat(texts("cc_reviewer1")).contains("notification.review.awaitingPreliminary[长春经济技术开发区, " + year + "]");
        assertThat(texts("tj_reviewer")).noneMatch(t -> t.contains(String.valueOf(year)));

        acting.as("cc_reviewer1", () -> review.claim(taskOf("cc_reviewer1", report)));
        assertThat(texts("cc_staff")).contains("notification.review.claimed[长春经济技术开发区, " + year + ", 李明]");
    }

    @Test
    void reading_a_notification_lowers_the_count_and_nobody_reads_anothers() {
        long report = fixtures.completeReport(YEARS.getAndIncrement());
        acting.as("cc_staff", () -> workflow.submit(report));
        NotificationItem first = acting.as("cc_reviewer1", () -> notifications.recent(1).get(0));
        long unread = acting.as("cc_reviewer1", () -> notifications.unreadCount());

        acting.as("cc_reviewer1", () -> notifications.markRead(first.id()));
        assertThat(acting.as("cc_reviewer1", () -> notifications.unreadCount())).isEqualTo(unread - 1);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> acting.as("cc_reviewer2", () -> notifications.markRead(first.id())))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);

        acting.as("cc_reviewer1", () -> notifications.markAllRead());
        assertThat(acting.as("cc_reviewer1", () -> notifications.unreadCount())).isZero();
    }

    @Test
    void with_a_mail_server_configured_reviewers_with_an_address_get_an_email_in_chinese_and_english() throws Exception {
        transaction.executeWithoutResult(s -> users.findByUsername("cc_reviewer2").orElseThrow()
                .setEmail("zhaojing@example.gov.cn"));
        int year = YEARS.getAndIncrement();
        long report = fixtures.completeReport(year);

        acting.as("cc_staff", () -> workflow.submit(report));

        assertThat(mailServer.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage mail = mailServer.getReceivedMessagesForDomain("example.gov.cn")[0];
        assertThat(mail.getSubject()).contains("长春经济技术开发区").contains(String.valueOf(year)).contains("等待初审");
        assertThat(GreenMailUtil.getBody(mail)).isNotBlank();
        assertThat(mail.getContent().toString()).contains("awaits preliminary review").contains("/inbox");
    }
}
