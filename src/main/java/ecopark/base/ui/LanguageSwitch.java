package ecopark.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import ecopark.base.i18n.LanguagePreference;
import ecopark.base.i18n.TranslationProvider;
import java.util.Locale;

/** One button that offers the other language: "English" while in Chinese, "中文" while in English. */
public class LanguageSwitch extends Button {

    public LanguageSwitch() {
        addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        addClassName("language-switch");
        setText(getTranslation("language.other"));
        getElement().setAttribute("aria-label", getTranslation("language.switch"));
        addClickListener(e -> {
            UI ui = UI.getCurrent();
            Locale target = isEnglish(ui.getLocale()) ? TranslationProvider.CHINESE : TranslationProvider.ENGLISH;
            LanguagePreference.switchTo(ui, target);
            ui.getPage().reload();
        });
    }

    private static boolean isEnglish(Locale locale) {
        return locale != null && TranslationProvider.ENGLISH.getLanguage().equals(locale.getLanguage());
    }
}
