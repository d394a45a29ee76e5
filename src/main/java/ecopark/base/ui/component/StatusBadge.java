package ecopark.base.ui.component;

import com.vaadin.flow.component.html.Span;

/** A small coloured label for a state (report status, indicator result, task status), using Lumo's badge theme. */
public class StatusBadge extends Span {

    public enum Tone {
        NEUTRAL(""),
        SUCCESS("success"),
        WARNING("warning"),
        ERROR("error"),
        INFO("contrast");

        private final String theme;

        Tone(String theme) {
            this.theme = theme;
        }
    }

    public StatusBadge(String text, Tone tone) {
        super(text);
        getElement().getThemeList().add("badge");
        if (!tone.theme.isEmpty()) {
            getElement().getThemeList().add(tone.theme);
        }
        addClassName("status-badge");
    }
}
