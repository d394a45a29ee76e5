package ecopark.desk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ecopark.ActingUsers;
import ecopark.ApplicationTest;
import ecopark.ReportFixtures;
import ecopark.TestClock;
import ecopark.notice.NoticeFixtures;
import ecopark.notice.service.AnnualNotices;
import ecopark.report.service.ReportWorkflow;
import ecopark.review.service.ReviewService;
import ecopark.review.service.ReviewTaskItem;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/**
 * The desk's states of a park's report (the demo's Changchun park, under 长春市生态环境局 under 吉林省生态环境厅; in
 * tests its own bureau does 初审 and 复核), lateness against the year's notice, and whose parks each manager sees.
 * Report years 4471–4479, one state per year.
 */
@ApplicationTest
class ParkDeskTest {

    private static final String CHANGCHUN = "长春经济技术开发区";
    private static final String SUZHOU = "苏州高新技术产业开发区";
    private static final String TIANJIN = "天津经济技术开发区";

    @Autowired ParkDesk desk;
    @Autowired ReportFixtures fixtures;
    @Autowired ReportWorkflow workflow;
    @Autowired ReviewService review;
    @Autowired AnnualNotices notices;
    @Autowired ActingUsers acting;
    @Autowired TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private DeskRow changchun(String user, int year) {
        return row(acting.as(user, () -> desk.board(year)), CHANGCHUN);
    }

    private static DeskRow row(DeskBoard board, String park) {
        return board.rows().stream().filter(r -> r.parkName().equals(park)).findFirst().orElseThrow();
    }

    private long submitted(int year) {
        long report = fixtures.completeReport(year);
        acting.as("cc_staff", () -> workflow.submit(report));
        return report;
    }

    private String task(String reviewer, long report) {
        return acting.as(reviewer, () -> review.inbox(null, false, PageRequest.of(0, 200)).stream()
                .filter(i -> i.reportId() == report).findFirst().map(ReviewTaskItem::taskId).orElseThrow());
    }

    private void approve(String reviewer, long report) {
        String task = task(reviewer, report);
        acting.as(reviewer, () -> review.claim(task));
        acting.as(reviewer, () -> review.approve(task, null));
    }

    @Test
    void each_state_of_a_report_from_not_started_to_approved_with_the_stage_and_its_bureau_while_in_review() {
        DeskRow none = changchun("jl_manager", 4471);
        assertThat(none.state()).isEqualTo(DeskState.NOT_STARTED);
        assertThat(none.reportId()).isNull();
        assertThat(none.late()).isFalse(); // no notice for 4471: nothing is late
        assertThat(acting.as("jl_manager", () -> desk.board(4471)).notice()).isNull();

        fixtures.completeReport(4472);
        assertThat(changchun("jl_manager", 4472).state()).isEqualTo(DeskState.DRAFTING);

        long inReview = submitted(4473);
        DeskRow preliminary = changchun("jl_manager", 4473);
        assertThat(preliminary.state()).isEqualTo(DeskState.IN_REVIEW);
        assertThat(preliminary.reportId()).isEqualTo(inReview);
        assertThat(preliminary.stageKey()).isEqualTo("review.stage.PRELIMINARY");
        assertThat(preliminary.stageBureau()).isEqualTo("长春市生态环境局");
        assertThat(preliminary.submittedOn()).isEqualTo(LocalDate.now(clock));
        assertThat(preliminary.submittedLate()).isFalse();
        assertThat(preliminary.mayChase()).isFalse(); // submitted: nothing to chase

        long returned = submitted(4474);
        String task = task("cc_reviewer1", returned);
        acting.as("cc_reviewer1", () -> review.claim(task));
        acting.as("cc_reviewer1", () -> review.returnToPark(task, "请补充说明减污降碳举措。"));
        DeskRow back = changchun("jl_manager", 4474);
        assertThat(back.state()).isEqualTo(DeskState.RETURNED);
        assertThat(back.mayChase()).isTrue();

        long approved = submitted(4475);
        approve("cc_reviewer1", approved);
        DeskRow finalStage = changchun("jl_manager", 4475);
        assertThat(finalStage.state()).isEqualTo(DeskState.IN_REVIEW);
        assertThat(finalStage.stageKey()).isEqualTo("review.stage.FINAL");
        approve("cc_reviewer2", approved);
        assertThat(changchun("jl_manager", 4475).state()).isEqualTo(DeskState.APPROVED);

        DeskBoard board = acting.as("jl_manager", () -> desk.board(4475));
        assertThat(board.counts().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(board.rows().size());
        assertThat(board.counts().get(DeskState.APPROVED)).isGreaterThanOrEqualTo(1);
    }

    @Test
    void late_against_the_notice_s_parks_deadline_and_a_submission_after_it_is_marked_submitted_late() {
        LocalDate today = LocalDate.now(clock);
        acting.as("nat_manager", () -> notices.save(NoticeFixtures.draft(4476, today.minusDays(10))));
        DeskBoard board = acting.as("jl_manager", () -> desk.board(4476));
        assertThat(board.notice().daysLeft()).isEqualTo(-10);
        assertThat(board.notice().overdue()).isTrue();
        DeskRow late = row(board, CHANGCHUN);
        assertThat(late.state()).isEqualTo(DeskState.NOT_STARTED);
        assertThat(late.late()).isTrue();
        assertThat(late.mayChase()).isTrue();
        assertThat(board.lateToChase()).extracting(DeskRow::parkName).contains(CHANGCHUN);
        // The national office sees it late too, but reminding is the province's
        DeskRow national = row(acting.as("nat_manager", () -> desk.board(4476)), CHANGCHUN);
        assertThat(national.late()).isTrue();
        assertThat(national.mayChase()).isFalse();

        // The deadline day itself is not late yet
        acting.as("nat_manager", () -> notices.save(NoticeFixtures.draft(4477, today)));
        assertThat(changchun("jl_manager", 4477).late()).isFalse();
        assertThat(acting.as("jl_manager", () -> desk.board(4477)).notice().daysLeft()).isZero();

        // Sent without a notice, which then came with an earlier deadline: submitted late, no longer late
        submitted(4478);
        acting.as("nat_manager", () -> notices.save(NoticeFixtures.draft(4478, today.minusDays(3))));
        DeskRow sentLate = changchun("jl_manager", 4478);
        assertThat(sentLate.late()).isFalse();
        assertThat(sentLate.submittedLate()).isTrue();

        // The last 催办 shows on the desk (on a day of its own: a park is reminded once a day, whatever the year)
        clock.advance(java.time.Duration.ofDays(20));
        ChaseOutcome outcome = acting.as("jl_manager", () -> chases.chase(List.of(late.parkId()), 4476));
        DeskRow chased = changchun("jl_manager", 4476);
        ChaseRecord shown = outcome.chased().isEmpty() ? outcome.alreadyToday().get(0) : outcome.chased().get(0);
        assertThat(chased.lastChase()).isEqualTo(shown);
        assertThat(chased.lastChase().jurisdictionName()).isEqualTo("吉林省生态环境厅");
    }

    @Autowired ParkChases chases;

    @Test
    void a_province_sees_its_cities_parks_and_no_other_province_s_the_national_office_every_park() {
        DeskBoard province = acting.as("jl_manager", () -> desk.board(4479));
        assertThat(province.rows()).extracting(DeskRow::parkName).contains(CHANGCHUN).doesNotContain(SUZHOU, TIANJIN);
        DeskBoard city = acting.as("cc_manager", () -> desk.board(4479));
        assertThat(city.rows()).extracting(DeskRow::parkName).contains(CHANGCHUN).doesNotContain(SUZHOU, TIANJIN);
        assertThat(city.rows()).allMatch(r -> !r.mayChase()); // a city bureau does not 催办
        DeskBoard jiangsu = acting.as("sz_manager", () -> desk.board(4479));
        assertThat(jiangsu.rows()).extracting(DeskRow::parkName).contains(SUZHOU).doesNotContain(CHANGCHUN);
        assertThat(row(jiangsu, SUZHOU).mayChase()).isTrue();

        DeskBoard nation = acting.as("nat_manager", () -> desk.board(4479));
        assertThat(nation.rows()).extracting(DeskRow::parkName).contains(CHANGCHUN, SUZHOU, TIANJIN);
        assertThat(nation.manyProvinces()).isTrue();
        assertThat(row(nation, SUZHOU).province()).isEqualTo("江苏省");
        assertThat(acting.as("admin", () -> desk.board(4479)).rows()).extracting(DeskRow::parkName)
                .contains(CHANGCHUN, SUZHOU, TIANJIN);

        for (String user : List.of("cc_staff", "cc_reviewer1", "jl_reviewer1")) {
            assertThatThrownBy(() -> acting.as(user, () -> desk.board(4479))).as(user)
                    .isInstanceOf(AccessDeniedException.class);
        }
    }
}
