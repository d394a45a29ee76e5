package ecopark.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import ecopark.ActingUsers;
import ecopark.LongPaste;
import ecopark.ReportFixtures;
import ecopark.UiTest;
import ecopark.report.service.ReportWorkflow;
import ecopark.review.domain.CalendarDay.Kind;
import ecopark.review.domain.CalendarDayRepository;
import ecopark.review.domain.ReviewCopy;
import ecopark.review.domain.ReviewCopyRepository;
import ecopark.review.domain.ReviewStage;
import ecopark.review.service.Colleague;
import ecopark.review.service.ReviewService;
import ecopark.security.SystemActor;
import java.time.LocalDate;
import org.flowable.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * A paste longer than a hand-over note, a copy note or a calendar day's name allows stays in the dialog, is refused
 * there with the limit, and nothing happens. Report years 4151–4152.
 */
class ReviewLongPasteTest extends UiTest {

    @Autowired ReportFixtures fixtures;
    @Autowired ReportWorkflow workflow;
    @Autowired ReviewService review;
    @Autowired ReviewCopyRepository copies;
    @Autowired CalendarDayRepository days;
    @Autowired TaskService flowable;
    @Autowired ActingUsers acting;

    /** A submitted report's preliminary review task, held by cc_reviewer1, with its screen open. */
    private String heldTaskOnScreen(int year) {
        long report = fixtures.completeReport(year);
        SystemActor.callAs(fixtures.changchunStaff(), () -> workflow.submit(report));
        String task = acting.as("cc_reviewer1", () -> review.inbox(ReviewStage.PRELIMINARY, false,
                PageRequest.of(0, 500)).stream().filter(t -> t.reportId() == report).findFirst().orElseThrow().taskId());
        acting.as("cc_reviewer1", () -> {
            review.claim(task);
            return null;
        });
        login("cc_reviewer1");
        UI.getCurrent().navigate(ReviewView.class, task);
        return task;
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_long_hand_over_note_stays_in_the_dialog_with_its_limit_and_the_task_stays_with_its_holder() {
        String task = heldTaskOnScreen(4151);
        _click(_get(Button.class, spec -> spec.withId("hand-over")));
        Select<Colleague> to = _get(Select.class, spec -> spec.withId("hand-over-to"));
        _setValue(to, to.getListDataView().getItems().filter(c -> c.username().equals("cc_reviewer2"))
                .findFirst().orElseThrow());
        String note = LongPaste.over(ReviewService.HAND_OVER_NOTE_MAX_LENGTH);
        TextArea noteField = _get(TextArea.class, spec -> spec.withId("hand-over-note"));
        _setValue(noteField, note);
        _click(_get(Button.class, spec -> spec.withId("hand-over-confirm")));

        LongPaste.assertKeptAndRefused(noteField, note, ReviewService.HAND_OVER_NOTE_MAX_LENGTH);
        assertThat(_find(Dialog.class)).hasSize(1);
        assertThat(flowable.createTaskQuery().taskId(task).singleResult().getAssignee()).isEqualTo("cc_reviewer1");
    }

    @Test
    void a_long_copy_note_stays_in_the_dialog_with_its_limit_and_nothing_is_copied() {
        heldTaskOnScreen(4152);
        long before = copies.count();
        _click(_get(Button.class, spec -> spec.withId("copy")));
        String note = LongPaste.over(ReviewCopy.NOTE_MAX_LENGTH);
        TextArea noteField = _get(TextArea.class, spec -> spec.withId("copy-note"));
        _setValue(noteField, note);
        _click(_get(Button.class, spec -> spec.withId("copy-send")));

        LongPaste.assertKeptAndRefused(noteField, note, ReviewCopy.NOTE_MAX_LENGTH);
        assertThat(_find(Dialog.class)).hasSize(1);
        assertThat(copies.count()).isEqualTo(before);
    }

    @Test
    void a_long_holiday_name_stays_in_the_calendar_dialog_with_its_limit_and_no_day_is_saved() {
        login("admin");
        navigate("admin/calendar");
        WorkingCalendarView view = _get(WorkingCalendarView.class);
        _setValue(view.year, 2097);
        _click(_get(Button.class, spec -> spec.withId("add-calendar-day")));
        String name = LongPaste.over(ecopark.review.domain.CalendarDay.NAME_MAX_LENGTH);
        _setValue(view.date, LocalDate.of(2097, 10, 1));
        _setValue(view.kind, Kind.HOLIDAY);
        _setValue(view.name, name);
        _click(_get(Button.class, spec -> spec.withId("save-calendar-day")));

        LongPaste.assertKeptAndRefused(view.name, name, ecopark.review.domain.CalendarDay.NAME_MAX_LENGTH);
        assertThat(_find(Dialog.class)).hasSize(1);
        assertThat(days.findByDateBetweenOrderByDateAsc(LocalDate.of(2097, 1, 1), LocalDate.of(2097, 12, 31)))
                .isEmpty();
    }
}
