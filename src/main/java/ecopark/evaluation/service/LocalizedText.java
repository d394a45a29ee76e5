package ecopark.evaluation.service;

import ecopark.base.i18n.Localizable;
import java.util.Locale;

/**
 * Catalogue text kept in both languages (it is data, not a translation key). As a message argument it is shown in
 * the message's language.
 */
public record LocalizedText(String zh, String en) implements Localizable {

    @Override
    public String in(Locale locale) {
        boolean english = locale != null && "en".equals(locale.getLanguage());
        return english && en != null && !en.isBlank() ? en : zh;
    }
}
