package ecopark.rectification.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import ecopark.LongPaste;
import ecopark.UiTest;
import ecopark.rectification.RectificationFixtures;
import ecopark.rectification.domain.InspectionRound;
import ecopark.rectification.domain.InspectionRoundRepository;
import ecopark.rectification.domain.RectificationTask;
import ecopark.rectification.domain.RectificationTaskRepository;
import ecopark.rectification.service.TaskQueries;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A paste longer than a task's or a round's field allows stays in the dialog, is refused there, nothing is saved. */
class TaskLongPasteTest extends UiTest {

    @Autowired RectificationTaskRepository tasks;
    @Autowired InspectionRoundRepository rounds;
    @Autowired RectificationFixtures fixtures;
    @Autowired TaskQueries queries;

    @Test
    void a_long_title_and_description_stay_in_the_task_dialog_with_their_limits_and_no_task_is_created() {
        long before = tasks.count();
        login("cc_staff");
        UI.getCurrent().navigate(RectificationListView.class);
        _click(_get(Button.class, spec -> spec.withId("new-task")));

        String title = LongPaste.over(RectificationTask.TITLE_MAX_LENGTH);
        String description = LongPaste.over(RectificationTask.DESCRIPTION_MAX_LENGTH);
        TextField titleField = _get(TextField.class, spec -> spec.withId("task-title"));
        TextArea descriptionField = _get(TextArea.class, spec -> spec.withId("task-description"));
        _setValue(titleField, title);
        _setValue(descriptionField, description);
        _click(_get(Button.class, spec -> spec.withId("task-save")));

        LongPaste.assertKeptAndRefused(titleField, title, RectificationTask.TITLE_MAX_LENGTH);
        LongPaste.assertKeptAndRefused(descriptionField, description, RectificationTask.DESCRIPTION_MAX_LENGTH);
        assertThat(_find(Dialog.class)).hasSize(1);
        assertThat(tasks.count()).isEqualTo(before);
    }

    @Test
    void a_long_round_name_stays_in_the_round_dialog_with_its_limit_and_no_round_is_created() {
        long before = rounds.count();
        login("cc_manager");
        UI.getCurrent().navigate(RectificationListView.class);
        _click(_get(Button.class, spec -> spec.withId("new-round")));

        String name = LongPaste.over(InspectionRound.NAME_MAX_LENGTH);
        TextField nameField = _get(TextField.class, spec -> spec.withId("round-name"));
        _setValue(nameField, name);
        _click(_get(Button.class, spec -> spec.withId("round-save")));

        LongPaste.assertKeptAndRefused(nameField, name, InspectionRound.NAME_MAX_LENGTH);
        assertThat(_find(Dialog.class)).hasSize(1);
        assertThat(rounds.count()).isEqualTo(before);
    }

    @Test
    void a_long_extension_reason_stays_in_its_dialog_with_the_limit_and_nothing_is_requested() {
        long id = fixtures.centralTask("延期理由过长", 30);
        login("cc_staff");
        RegistryScreens.openTask(id);
        _click(_get(Button.class, spec -> spec.withId("request-extension")));

        LocalDate current = fixtures.as("cc_staff", () -> queries.get(id)).deadline();
        _setValue(_get(DatePicker.class, spec -> spec.withId("extension-date")), current.plusDays(60));
        String reason = LongPaste.over(RectificationTask.NOTE_MAX_LENGTH);
        TextArea reasonField = _get(TextArea.class, spec -> spec.withId("extension-reason"));
        _setValue(reasonField, reason);
        _click(_get(Button.class, spec -> spec.withId("extension-send")));

        LongPaste.assertKeptAndRefused(reasonField, reason, RectificationTask.NOTE_MAX_LENGTH);
        assertThat(_find(Dialog.class)).hasSize(1);
        assertThat(fixtures.as("cc_staff", () -> queries.get(id)).pendingExtension()).isNull();
    }

    @Test
    void a_long_progress_note_stays_on_the_task_page_with_the_limit_and_no_progress_is_recorded() {
        long id = fixtures.centralTask("进展说明过长", 30);
        login("cc_staff");
        RegistryScreens.openTask(id);
        int before = fixtures.as("cc_staff", () -> queries.get(id)).progressPercent();

        _setValue(_get(com.vaadin.flow.component.textfield.IntegerField.class,
                spec -> spec.withId("progress-percent")), 60);
        String note = LongPaste.over(RectificationTask.NOTE_MAX_LENGTH);
        TextArea noteField = _get(TextArea.class, spec -> spec.withId("progress-note"));
        _setValue(noteField, note);
        _click(_get(Button.class, spec -> spec.withId("progress-save")));

        LongPaste.assertKeptAndRefused(noteField, note, RectificationTask.NOTE_MAX_LENGTH);
        assertThat(fixtures.as("cc_staff", () -> queries.get(id)).progressPercent()).isEqualTo(before);
    }
}
