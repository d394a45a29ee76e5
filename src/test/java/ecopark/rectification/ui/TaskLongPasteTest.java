package ecopark.rectification.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import ecopark.LongPaste;
import ecopark.UiTest;
import ecopark.rectification.domain.InspectionRound;
import ecopark.rectification.domain.InspectionRoundRepository;
import ecopark.rectification.domain.RectificationTask;
import ecopark.rectification.domain.RectificationTaskRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A paste longer than a task's or a round's field allows stays in the dialog, is refused there, nothing is saved. */
class TaskLongPasteTest extends UiTest {

    @Autowired RectificationTaskRepository tasks;
    @Autowired InspectionRoundRepository rounds;

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
}
