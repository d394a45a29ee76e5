package ecopark.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import ecopark.ReportFixtures;
import ecopark.park.domain.Jurisdiction;
import ecopark.park.domain.Park;
import ecopark.park.service.ParkAdminService;
import ecopark.report.domain.AnnualReport;
import ecopark.report.domain.NarrativeSection;
import ecopark.report.domain.ReportStatus;
import ecopark.report.service.ReportDraft;
import ecopark.report.service.ReportService;
import ecopark.report.service.ReportWorkflow;
import ecopark.report.service.ReviewFeedback;
import ecopark.report.service.RevisionView;
import ecopark.report.service.SubmissionDeadlines;
import ecopark.review.domain.CalendarDay;
import ecopark.review.domain.ReviewStage;
import ecopark.review.domain.SubmissionDeadline;
import ecopark.review.service.WorkingCalendarService;
import ecopark.review.service.ReviewService;
import ecopark.security.AppRole;
import ecopark.security.SignedInUser;
import ecopark.security.SystemActor;
import ecopark.security.service.NewAccount;
import ecopark.security.service.UserAdminService;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole review on MySQL/MariaDB through the services: submit, preliminary return with a Chinese comment,
 * resubmission, approval by two reviewers, publication; Flowable's tables and ours in the same database.
 */
@org.junit.jupiter.api.extension.ExtendWith(ecopark.ThisContextsSecurityStrategy.class)
@SpringBootTest
@ActiveProfiles("mysql")
@EnabledIfEnvironmentVariable(named = "ECOPARK_IT_DB_URL", matches = ".+")
class ReviewMySqlIT {

    /** Chinese punctuation, a full-width unit and two characters outside the BMP (four bytes in utf8mb4). */
    static final String COMMENT = "请补充第二部分“主要成果”的数据来源；单位：万元/㎡。附件中“𠮷林”应为“吉林”🌿";
    static final String PASSWORD = "Gr33n-Park!";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> System.getenv("ECOPARK_IT_DB_URL"));
        registry.add("spring.datasource.username", () -> env("ECOPARK_IT_DB_USER", "root"));
        registry.add("spring.datasource.password", () -> env("ECOPARK_IT_DB_PASSWORD", ""));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }

    @Autowired ParkAdminService parkAdmin;
    @Autowired UserAdminService userAdmin;
    @Autowired UserDetailsService accounts;
    @Autowired ReportFixtures fixtures;
    @Autowired ReportService reports;
    @Autowired ReportWorkflow workflow;
    @Autowired ReviewService review;
    @Autowired JdbcTemplate jdbc;
    @Autowired WorkingCalendarService calendar;
    @Autowired SubmissionDeadlines deadlines;

    @Autowired ecopark.ActingUsers acting;

    private String account(String username, String name, AppRole role, Long parkId, Long jurisdictionId) {
        SystemActor.call(() -> userAdmin.create(new NewAccount(username, name, null, role, parkId, jurisdictionId,
                PASSWORD, false)));
        return username;
    }

    private String taskOf(String reviewer, long reportId, ReviewStage stage) {
        return acting.as(reviewer, () -> review.inbox(stage, false, PageRequest.of(0, 100)).stream()
                .filter(t -> t.reportId() == reportId).findFirst().orElseThrow().taskId());
    }

    private ReportStatus status(long reportId) {
        return SystemActor.call(() -> reports.get(reportId).getStatus());
    }

    @Test
    void a_returned_report_is_resubmitted_approved_twice_and_published_with_the_comment_intact() {
        long n = System.nanoTime() % 1_000_000;
        Park park = SystemActor.call(() -> {
            Jurisdiction bureau = parkAdmin.save(new Jurisdiction("白山市生态环境局" + n, "吉林省"));
            Park p = new Park("白山经济开发区" + n, bureau.getId());
            p.setProvince("吉林省");
            p.setCity("白山市");
            p.setStreetAddress("浑江大街 1 号");
            p.setConstructionBaseYear(2016);
            p.setPhone("0439-3222123");
            p.setEmail("bs@example.gov.cn");
            return parkAdmin.save(p);
        });
        String staff = account("itr_st_" + n, "王芳", AppRole.STAFF, park.getId(), null);
        String first = account("itr_r1_" + n, "李强", AppRole.REVIEWER, null, park.getJurisdictionId());
        String second = account("itr_r2_" + n, "赵敏", AppRole.REVIEWER, null, park.getJurisdictionId());
        SignedInUser staffUser = (SignedInUser) accounts.loadUserByUsername(staff);
        fixtures.recordStatistics(staffUser, 2016, "0.8");
        long report = fixtures.completeReport(staffUser, 2019);

        acting.as(staff, () -> workflow.submit(report));
        assertThat(status(report)).isEqualTo(ReportStatus.SUBMITTED);

        String preliminary = taskOf(first, report, ReviewStage.PRELIMINARY);
        acting.as(first, () -> review.claim(preliminary));
        acting.as(first, () -> review.returnToPark(preliminary, COMMENT));
        assertThat(status(report)).isEqualTo(ReportStatus.RETURNED);

        ReviewFeedback.Item comment = acting.as(staff, () -> review.comments(report)).get(0);
        assertThat(comment.body().getBytes(StandardCharsets.UTF_8)).isEqualTo(COMMENT.getBytes(StandardCharsets.UTF_8));
        assertThat(comment.authorName()).isEqualTo("李强");
        String storedHex = jdbc.queryForObject("select hex(body) from review_comment where report_id = ?",
                String.class, report);
        assertThat(storedHex).isEqualToIgnoringCase(HexFormat.of().formatHex(COMMENT.getBytes(StandardCharsets.UTF_8)));

        String revised = "主要成果的数据来源：园区统计年报（2019），单位万元。";
        acting.as(staff, () -> {
            AnnualReport draft = reports.get(report);
            reports.saveDraft(report, ReportDraft.of(draft).withNarratives(Map.of(NarrativeSection.ACHIEVEMENTS,
                    revised)));
            workflow.submit(report);
        });
        assertThat(status(report)).isEqualTo(ReportStatus.SUBMITTED);

        String again = taskOf(second, report, ReviewStage.PRELIMINARY);
        acting.as(second, () -> review.claim(again));
        assertThat(acting.as(second, () -> review.task(again)).revision().number()).isEqualTo(2);
        acting.as(second, () -> review.approve(again, "已按意见补充"));
        assertThat(status(report)).isEqualTo(ReportStatus.IN_REVIEW);

        String signOff = taskOf(first, report, ReviewStage.FINAL);
        acting.as(first, () -> review.claim(signOff));
        acting.as(first, () -> review.approve(signOff, null));

        assertThat(status(report)).isEqualTo(ReportStatus.PUBLISHED);
        var revisions = acting.as(staff, () -> workflow.revisions(report));
        assertThat(revisions).extracting(RevisionView::number).containsExactly(1, 2);
        assertThat(revisions.get(1).form().narratives().get(NarrativeSection.ACHIEVEMENTS)).isEqualTo(revised);
        assertThat(acting.as(staff, () -> review.comments(report))).extracting(ReviewFeedback.Item::body)
                .containsExactly(COMMENT, "已按意见补充");
    }

    @Test
    void calendar_days_and_deadlines_keep_their_dates() {
        // Also run with -DargLine=-Duser.timezone=Asia/Shanghai: dates cross the connection, which works in UTC.
        // 2098-10-01 is a Wednesday; 2098-09-27 a Saturday.
        CalendarDay holiday = SystemActor.call(() -> calendar.save(new CalendarDay(LocalDate.of(2098, 10, 1),
                CalendarDay.Kind.HOLIDAY, "国庆节")));
        CalendarDay workday = SystemActor.call(() -> calendar.save(new CalendarDay(LocalDate.of(2098, 9, 27),
                CalendarDay.Kind.WORKDAY, "国庆节调休上班")));
        SubmissionDeadline deadline = SystemActor.call(() -> calendar.save(new SubmissionDeadline(2098,
                LocalDate.of(2099, 3, 31))));
        try {
            assertThat(SystemActor.call(() -> calendar.days(2098))).extracting(CalendarDay::getDate, CalendarDay::getName)
                    .containsExactly(tuple(LocalDate.of(2098, 9, 27), "国庆节调休上班"),
                            tuple(LocalDate.of(2098, 10, 1), "国庆节"));
            assertThat(jdbc.queryForList("select cast(calendar_date as char) from work_calendar_day "
                    + "where calendar_date between '2098-01-01' and '2098-12-31' order by calendar_date", String.class))
                    .containsExactly("2098-09-27", "2098-10-01");
            assertThat(deadlines.deadlineFor(2098)).contains(LocalDate.of(2099, 3, 31));
        } finally {
            SystemActor.run(() -> {
                calendar.remove(holiday.getId(), holiday.getVersion());
                calendar.remove(workday.getId(), workday.getVersion());
                calendar.removeDeadline(deadline.getId(), deadline.getVersion());
            });
        }
    }
}
