package ecopark.report.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import ecopark.TestClock;
import ecopark.UiTest;
import ecopark.base.ui.component.StatusBadge;
import ecopark.report.service.ReportListItem;
import ecopark.report.service.ReportService;
import ecopark.review.domain.SubmissionDeadline;
import ecopark.review.service.WorkingCalendarService;
import ecopark.security.SignedInUser;
import ecopark.security.SystemActor;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Park staff count down to their year's submission deadline in the report list and the editor; late is red. Here the
 * year has no national notice, so the administrators' local date counts and is labelled as local.
 */
class DeadlineCountdownTest extends UiTest {

    @Autowired TestClock clock;
    @Autowired ReportService reports;
    @Autowired WorkingCalendarService calendar;
    @Autowired UserDetailsService accounts;

    private SubmissionDeadline deadline;

    @AfterEach
    void restoreTimeAndDeadline() {
        clock.reset();
        if (deadline != null) {
            SystemActor.callAs(user("admin"), () -> {
                calendar.removeDeadline(deadline.getId(), deadline.getVersion());
                return null;
            });
        }
    }

    private SignedInUser user(String username) {
        return (SignedInUser) accounts.loadUserByUsername(username);
    }

    /** Suzhou's report for last year, which no other test drafts. */
    private long suzhouReport(int year) {
        SignedInUser staff = user("sz_staff");
        return SystemActor.callAs(staff, () -> reports.findVisible(Pageable.unpaged()).stream()
                .filter(r -> r.year() == year).findFirst().map(ReportListItem::id)
                .orElseGet(() -> reports.create(staff.parkId(), year).getId()));
    }

    @SuppressWarnings("unchecked")
    private StatusBadge listBadge(long reportId) {
        UI.getCurrent().navigate(ReportListView.class);
        Grid<ReportListItem> grid = _get(Grid.class);
        int row = GridKt._findAll(grid).stream().map(ReportListItem::id).toList().indexOf(reportId);
        // The cell holds the countdown and, for a park reminded of its report, the 催办 line under it.
        return (StatusBadge) GridKt._getCellComponent(grid, row, "deadline").getChildren().findFirst().orElseThrow();
    }

    private StatusBadge editorBadge(long reportId) {
        UI.getCurrent().navigate(ReportEditorView.class, reportId);
        return _get(StatusBadge.class, spec -> spec.withClasses("deadline-countdown"));
    }

    @Test
    void staff_see_the_days_left_until_the_deadline_and_in_red_once_it_has_passed() {
        LocalDate today = LocalDate.now(clock);
        int year = today.getYear() - 1;
        long report = suzhouReport(year);
        LocalDate due = today.plusDays(12);
        deadline = SystemActor.callAs(user("admin"), () -> calendar.save(new SubmissionDeadline(year, due)));
        login("sz_staff");

        assertThat(listBadge(report).getText()).isEqualTo("距提交截止还有 12 天（" + due + "）（本地默认，无国家年度通知）");
        StatusBadge inEditor = editorBadge(report);
        assertThat(inEditor.getText()).isEqualTo("距提交截止还有 12 天（" + due + "）（本地默认，无国家年度通知）");
        assertThat(inEditor.getElement().getThemeList()).doesNotContain("error");

        clock.advance(Duration.ofDays(14));

        StatusBadge late = listBadge(report);
        assertThat(late.getText()).isEqualTo("已超过提交截止 2 天（" + due + "）（本地默认，无国家年度通知）");
        assertThat(late.getElement().getThemeList()).contains("error");
        assertThat(late.getClassNames()).contains("deadline-overdue");
        assertThat(editorBadge(report).getText()).isEqualTo("已超过提交截止 2 天（" + due + "）（本地默认，无国家年度通知）");
    }
}
