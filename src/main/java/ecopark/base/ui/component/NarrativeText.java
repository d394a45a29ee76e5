package ecopark.base.ui.component;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;

/**
 * A narrative section rendered as the published form shows it: blank lines separate paragraphs, a block whose lines
 * start with "- " is a list. Text is set as text, never as HTML.
 */
public class NarrativeText extends Div {

    public NarrativeText(String text) {
        addClassName("narrative-text");
        show(text);
    }

    public void show(String text) {
        removeAll();
        if (text == null || text.isBlank()) {
            return;
        }
        for (String block : text.strip().split("\\n\\s*\\n")) {
            List<String> lines = block.strip().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
            if (!lines.isEmpty() && lines.stream().allMatch(l -> l.startsWith("- "))) {
                UnorderedList list = new UnorderedList();
                lines.forEach(l -> list.add(new ListItem(l.substring(2))));
                add(list);
            } else {
                lines.forEach(l -> add(new Paragraph(l)));
            }
        }
    }
}
