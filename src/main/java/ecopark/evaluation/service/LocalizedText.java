package ecopark.evaluation.service;

import java.util.Locale;

/** Catalogue text kept in both languages (it is data, not a translation key). */
public record LocalizedText(String zh, String en) {

    public String in(Locale locale) {
        boolean english = locale != null && "en".equals(locale.getLanguage());
        return english && en != null && !en.isBlank() ? en : zh;
    }
}
