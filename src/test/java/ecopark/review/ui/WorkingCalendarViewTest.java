package ecopark.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import ecopark.UiTest;
import ecopark.base.ui.AccessDeniedView;
import ecopark.review.domain.CalendarDay;
import ecopark.review.domain.CalendarDay.Kind;
import ecopark.review.domain.CalendarDayRepository;
import ecopark.review.domain.SubmissionDeadlineRepository;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class WorkingCalendarViewTest extends UiTest {

    @Autowired CalendarDayRepository days;
    @Autowired SubmissionDeadlineRepository deadlines;

    @AfterEach
    void removeWhatTheTestsEntered() {
        days.findByDateBetweenOrderByDateAsc(LocalDate.of(2096, 1, 1), LocalDate.of(2096, 12, 31))
                .forEach(days::delete);
        deadlines.findByReportYear(2096).ifPresent(deadlines::delete);
    }

    private WorkingCalendarView open() {
        login("admin");
        navigate("admin/calendar");
        WorkingCalendarView view = _get(WorkingCalendarView.class);
        _setValue(view.year, 2096);
        return view;
    }

    private void enter(WorkingCalendarView view, LocalDate date, Kind kind, String name) {
        _click(_get(Button.class, spec -> spec.withId("add-calendar-day")));
        _setValue(view.date, date);
        _setValue(view.kind, kind);
        _setValue(view.name, name);
        _click(_get(Button.class, spec -> spec.withId("save-calendar-day")));
    }

    private void removeFirstRow(WorkingCalendarView view) {
        HorizontalLayout actions = (HorizontalLayout) GridKt._getCellComponent(view.days, 0, "actions");
        _click((Button) actions.getComponentAt(1));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
    }

    @Test
    void the_administrator_adds_a_holiday_and_a_make_up_saturday_to_a_year() {
        WorkingCalendarView view = open();
        assertThat(GridKt._size(view.days)).isZero();

        enter(view, LocalDate.of(2096, 10, 1), Kind.HOLIDAY, "国庆节");
        NotificationsKt.expectNotifications("已保存 2096-10-01 国庆节");
        // 2096-09-29 is a Saturday.
        enter(view, LocalDate.of(2096, 9, 29), Kind.WORKDAY, "国庆节调休上班");

        assertThat(GridKt._findAll(view.days)).extracting(CalendarDay::getName)
                .containsExactly("国庆节调休上班", "国庆节");
        assertThat(GridKt._getFormattedRow(view.days, GridKt._get(view.days, 0))).contains("2096-09-29 周六");
    }

    @Test
    void a_duplicate_date_a_missing_name_and_a_weekday_make_up_day_are_refused_next_to_their_fields() {
        WorkingCalendarView view = open();
        enter(view, LocalDate.of(2096, 10, 1), Kind.HOLIDAY, "国庆节");

        enter(view, LocalDate.of(2096, 10, 1), Kind.HOLIDAY, "国庆节假期");
        assertThat(view.date.isInvalid()).isTrue();
        assertThat(view.date.getErrorMessage()).contains("2096-10-01 已在日历中（国庆节）");
        assertThat(view.name.getValue()).isEqualTo("国庆节假期");

        _setValue(view.date, LocalDate.of(2096, 10, 2));
        _setValue(view.name, "");
        _click(_get(Button.class, spec -> spec.withId("save-calendar-day")));
        assertThat(view.name.isInvalid()).isTrue();
        assertThat(view.name.getErrorMessage()).isEqualTo("请填写名称");

        // 2096-10-03 is a Wednesday.
        _setValue(view.date, LocalDate.of(2096, 10, 3));
        _setValue(view.kind, Kind.WORKDAY);
        _setValue(view.name, "调休上班");
        _click(_get(Button.class, spec -> spec.withId("save-calendar-day")));
        assertThat(view.date.isInvalid()).isTrue();
        assertThat(view.date.getErrorMessage()).contains("调休上班日必须是周六或周日");

        assertThat(GridKt._findAll(view.days)).extracting(CalendarDay::getName).containsExactly("国庆节");
    }

    @Test
    void removing_a_day_someone_else_changed_meanwhile_is_refused() {
        WorkingCalendarView view = open();
        enter(view, LocalDate.of(2096, 5, 1), Kind.HOLIDAY, "劳动节");
        NotificationsKt.clearNotifications();
        CalendarDay stored = days.findByDate(LocalDate.of(2096, 5, 1)).orElseThrow();
        stored.setName("劳动节假期");
        days.saveAndFlush(stored);

        removeFirstRow(view);

        NotificationsKt.expectNotifications("该条目已被他人修改或删除，列表已刷新，请查看后再操作。");
        assertThat(GridKt._findAll(view.days)).extracting(CalendarDay::getName).containsExactly("劳动节假期");

        removeFirstRow(view);
        assertThat(GridKt._size(view.days)).isZero();
    }

    @Test
    void the_administrator_sets_a_years_submission_deadline_after_the_year() {
        WorkingCalendarView view = open();
        // No local default is configured: the notice sets deadlines, a local date only stands in for a missing one.
        assertThat(_get(Paragraph.class, spec -> spec.withText(
                "报送截止日期以国家年度通知为准。没有年度通知、也未在此单独设置的年度不显示倒计时。"))).isNotNull();

        _click(_get(Button.class, spec -> spec.withId("add-deadline")));
        _setValue(view.reportYear, 2096);
        _setValue(view.deadline, LocalDate.of(2096, 12, 1));
        _click(_get(Button.class, spec -> spec.withId("save-deadline")));
        assertThat(view.deadline.isInvalid()).isTrue();
        assertThat(view.deadline.getErrorMessage()).isEqualTo("截止日期须在 2096 年结束之后（报告涵盖全年）");

        _setValue(view.deadline, LocalDate.of(2097, 3, 31));
        _click(_get(Button.class, spec -> spec.withId("save-deadline")));
        NotificationsKt.expectNotifications("2096 年度报告提交截止日期：2097-03-31");
        assertThat(GridKt._getFormattedRow(view.deadlines, GridKt._get(view.deadlines, 0)))
                .contains("2096", "2097-03-31 周日");
    }

    @Test
    void staff_cannot_open_the_calendar() {
        login("cc_staff");
        navigate("admin/calendar");
        _get(AccessDeniedView.class);
    }
}
