package ecopark.notification.service;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** A notification as an e-mail: the subject and text in Chinese, the English below, and the page's address. */
@Component
class NotificationMailText {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private final I18NProvider translations;
    private final String baseUrl;

    NotificationMailText(I18NProvider translations, @Value("${ecopark.base-url:http://localhost:8080}") String baseUrl) {
        this.translations = translations;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
    }

    String subject(Notice notice) {
        return cut(translations.getTranslation("notification.mail.subject", CHINESE) + " " + chinese(notice), 500);
    }

    String body(Notice notice) {
        Object[] args = notice.args().toArray();
        StringBuilder body = new StringBuilder(chinese(notice)).append("\n")
                .append(translations.getTranslation(notice.messageKey(), Locale.ENGLISH, args)).append("\n");
        if (notice.link() != null) {
            body.append("\n").append(baseUrl).append(notice.link()).append("\n");
        }
        return cut(body.toString(), 4000);
    }

    private String chinese(Notice notice) {
        return translations.getTranslation(notice.messageKey(), CHINESE, notice.args().toArray());
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
