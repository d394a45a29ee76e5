package ecopark.evaluation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import ecopark.LongPaste;
import ecopark.UiTest;
import ecopark.evaluation.domain.Footnote;
import ecopark.evaluation.domain.FootnoteRepository;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A paste longer than a footnote allows stays in the catalogue's footnote editor, refused there; nothing is saved. */
class CatalogueLongPasteTest extends UiTest {

    @Autowired FootnoteRepository footnotes;

    @Test
    void a_long_footnote_stays_in_its_editor_with_the_limit_and_the_saved_text_stays() {
        List<String> before = footnotes.findAll().stream().map(Footnote::getTextZh).toList();
        login("admin");
        navigate("catalogue");

        Div editor = _find(Div.class, spec -> spec.withClasses("footnote-editor")).get(0);
        TextArea zh = _find(editor, TextArea.class).get(0);
        String pasted = LongPaste.over(Footnote.TEXT_MAX_LENGTH);
        _setValue(zh, pasted);
        _click(_get(editor, Button.class, spec -> spec.withText("保存")));

        LongPaste.assertKeptAndRefused(zh, pasted, Footnote.TEXT_MAX_LENGTH);
        assertThat(footnotes.findAll().stream().map(Footnote::getTextZh).toList()).isEqualTo(before);
    }
}
