package ecopark.desk.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import ecopark.ActingUsers;
import ecopark.ReportFixtures;
import ecopark.TestClock;
import ecopark.UiTest;
import ecopark.desk.service.DeskRow;
import ecopark.desk.service.DeskState;
import ecopark.desk.service.ParkChases;
import ecopark.notice.NoticeFixtures;
import ecopark.notice.service.AnnualNotices;
import ecopark.report.service.ReportListItem;
import ecopark.report.service.ReportService;
import ecopark.report.ui.ReportEditorView;
import ecopark.report.ui.ReportListView;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The desk as 吉林省生态环境厅's manager uses it: the notice line, the parks with their state, 催办 one park and every
 * late park at once with what happened, nothing to press for the national office; and the park's staff seeing the
 * reminder. Report years 4481–4499; each test on a day of its own (a park is reminded once a day).
 */
class DeskViewTest extends UiTest {

    private static final String CHANGCHUN = "长春经济技术开发区";

    @Autowired AnnualNotices notices;
    @Autowired ReportFixtures fixtures;
    @Autowired ReportService reports;
    @Autowired ParkChases chases;
    @Autowired ActingUsers acting;
    @Autowired TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private ParkStatesGrid open(int year) {
        navigate("desk");
        DeskView view = _get(DeskView.class);
        _setValue(view.year, year);
        return view.parks();
    }

    private static int rowOf(Grid<DeskRow> grid, String park) {
        return GridKt._findAll(grid).stream().map(DeskRow::parkName).toList().indexOf(park);
    }

    @Test
    void the_province_sees_the_late_park_reminds_it_then_reminds_all_late_parks_and_is_told_who_was_skipped() {
        clock.advance(Duration.ofDays(30));
        LocalDate today = LocalDate.now(clock);
        acting.as("nat_manager", () -> notices.save(NoticeFixtures.draft(4481, today.minusDays(5))));
        login("jl_manager");
        ParkStatesGrid parks = open(4481);

        DeskView view = _get(DeskView.class);
        assertThat(_get(Span.class, spec -> spec.withId("desk-countdown")).getText()).isEqualTo("已逾期 5 天");
        assertThat(view.getElement().getTextRecursively()).contains("科财函〔4482〕81号（测试）",
                "园区报送截止 " + today.minusDays(5));
        Grid<DeskRow> grid = parks.grid();
        int row = rowOf(grid, CHANGCHUN);
        assertThat(row).isNotNegative();
        assertThat(GridKt._get(grid, row).state()).isEqualTo(DeskState.NOT_STARTED);
        assertThat(GridKt._getCellComponent(grid, row, "state").getElement().getTextRecursively())
                .contains("未开始", "逾期");
        assertThat(grid.getColumnByKey("province").isVisible()).isFalse(); // one province

        Button chase = (Button) GridKt._getCellComponent(grid, row, "action");
        assertThat(chase.getText()).isEqualTo("催办");
        chase.click();
        assertThat(NotificationsKt.getNotifications()).anySatisfy(n ->
                assertThat(n.getElement().getProperty("text")).isEqualTo("已催办 1 个园区。"));
        NotificationsKt.clearNotifications();
        row = rowOf(grid, CHANGCHUN);
        assertThat(GridKt._get(grid, row).lastChase().chasedByName()).isEqualTo("马骏");
        assertThat(GridKt._getFormattedRow(grid, row)).contains("吉林省生态环境厅 马骏 于 " + today + " 催办");
        // Reminded today: no second button, and 催办全部 leaves it out.
        assertThat(GridKt._getCellComponent(grid, row, "action").getElement().getTextRecursively())
                .isEqualTo("今日已催办");
        long late = GridKt._findAll(grid).stream().filter(r -> r.late() && r.mayChase()
                && (r.lastChase() == null || !r.lastChase().on().equals(today))).count();
        if (late == 0) {
            assertThat(_find(Button.class, spec -> spec.withId("chase-all"))).isEmpty();
        } else {
            Button all = _get(Button.class, spec -> spec.withId("chase-all"));
            assertThat(all.getText()).isEqualTo("催办全部逾期园区（" + late + "）");
            all.click();
            ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("chase-all-confirm")));
            assertThat(NotificationsKt.getNotifications()).anySatisfy(n ->
                    assertThat(n.getElement().getProperty("text")).isEqualTo("已催办 " + late + " 个园区。"));
        }
    }

    @Test
    void a_reminder_someone_else_sent_while_the_desk_was_open_is_not_sent_twice_and_the_desk_says_who_sent_it() {
        clock.advance(Duration.ofDays(33));
        LocalDate today = LocalDate.now(clock);
        acting.as("nat_manager", () -> notices.save(NoticeFixtures.draft(4485, today.minusDays(5))));
        login("jl_manager");
        Grid<DeskRow> grid = open(4485).grid();
        int row = rowOf(grid, CHANGCHUN);
        Button chase = (Button) GridKt._getCellComponent(grid, row, "action");
        long parkId = GridKt._get(grid, row).parkId();
        acting.as("jl_manager", () -> chases.chase(List.of(parkId), 4485));

        chase.click();
        assertThat(NotificationsKt.getNotifications()).anySatisfy(n -> assertThat(n.getElement().getProperty("text"))
                .startsWith("已催办 0 个园区。")
                .contains("今天已催办过、本次未再提醒：" + CHANGCHUN + "（吉林省生态环境厅 马骏）"));
        assertThat(GridKt._getCellComponent(grid, rowOf(grid, CHANGCHUN), "action").getElement()
                .getTextRecursively()).isEqualTo("今日已催办");
    }

    @Test
    void the_national_office_sees_every_province_s_parks_but_has_no_button_to_remind_them() {
        clock.advance(Duration.ofDays(31));
        acting.as("nat_manager", () -> notices.save(NoticeFixtures.draft(4483, LocalDate.now(clock).minusDays(2))));
        login("nat_manager");
        ParkStatesGrid parks = open(4483);

        Grid<DeskRow> grid = parks.grid();
        int row = rowOf(grid, CHANGCHUN);
        assertThat(GridKt._get(grid, row).late()).isTrue();
        Component action = GridKt._getCellComponent(grid, row, "action");
        assertThat(action).isNotInstanceOf(Button.class);
        assertThat(_find(Button.class, spec -> spec.withId("chase-all"))).isEmpty(); // hidden
        assertThat(grid.getColumnByKey("province").isVisible()).isTrue();
        assertThat(GridKt._findAll(grid)).extracting(DeskRow::parkName).contains("苏州高新技术产业开发区");

        // The national desk: the provinces' packages and their attainment, for the desk's year.
        DeskView view = _get(DeskView.class);
        assertThat(tabLabels(view)).containsExactly("园区报送情况", "报送包", "达标情况");
        assertThat(view.tabs().getElement().getTextRecursively()).doesNotContain("forwarding.tab");
        view.tabs().setSelectedIndex(1); // a tab's content is attached when it is selected
        assertThat(_find(Grid.class, spec -> spec.withId("received-packages"))).hasSize(1);
        view.tabs().setSelectedIndex(2);
        AttainmentPanel attainment = _get(AttainmentPanel.class);
        assertThat(attainment.year.getValue()).isEqualTo(4483);
        assertThat(attainment.year.isVisible()).as("the desk's year selector is the one").isFalse();
    }

    @Test
    void a_province_s_desk_has_its_parks_and_its_attainment_but_not_the_national_office_s_packages() {
        login("jl_manager");
        navigate("desk");
        DeskView view = _get(DeskView.class);
        assertThat(tabLabels(view)).containsExactly("园区报送情况", "达标情况");
        view.tabs().setSelectedIndex(1);
        assertThat(_find(Grid.class, spec -> spec.withId("received-packages"))).isEmpty();
        assertThat(_find(AttainmentPanel.class)).hasSize(1);
    }

    private static java.util.List<String> tabLabels(DeskView view) {
        return _find(view.tabs(), com.vaadin.flow.component.tabs.Tab.class).stream()
                .map(t -> t.getElement().getTextRecursively().strip()).toList();
    }

    @Test
    void without_a_notice_the_desk_says_so_and_marks_nobody_late() {
        login("jl_manager");
        open(4484);
        assertThat(_get(DeskView.class).getElement().getTextRecursively())
                .contains("4484 年度尚无年度通知：没有报送截止日期，不标记逾期。");
        assertThat(GridKt._findAll(_get(DeskView.class).parks().grid())).noneMatch(DeskRow::late);
        assertThat(_find(Button.class, spec -> spec.withId("chase-all"))).isEmpty(); // hidden
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_park_s_staff_see_the_province_s_reminder_in_their_report_list_and_editor() {
        clock.advance(Duration.ofDays(32));
        long report = fixtures.completeReport(4491);
        long parkId = acting.as("cc_staff", () -> reports.get(report).getParkId());
        acting.as("jl_manager", () -> chases.chase(List.of(parkId), 4491));
        String line = "吉林省生态环境厅于 " + LocalDate.now(clock) + " 催办本园区 4491 年度报告";

        login("cc_staff");
        UI.getCurrent().navigate(ReportListView.class);
        assertThat(_get(Span.class, spec -> spec.withId("chase-line-4491")).getText()).isEqualTo(line);

        UI.getCurrent().navigate(ReportEditorView.class, report);
        assertThat(_get(Span.class, spec -> spec.withId("chase-line")).getText()).isEqualTo(line);
    }
}
