package ecopark.base.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The interface language: Chinese unless the user switched to English. The choice is kept in a cookie,
 * so it survives logout and applies to the login page as well.
 */
@Component
public class LanguagePreference implements VaadinServiceInitListener {

    public static final String COOKIE = "ecopark-lang";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> e.getUI().setLocale(fromRequest(VaadinRequest.getCurrent())));
        // The page says which language it is in (screen readers, the browser's choice of fonts and hyphenation).
        event.addIndexHtmlRequestListener(page -> page.getDocument().getElementsByTag("html")
                .attr("lang", fromRequest(page.getVaadinRequest()).toLanguageTag()));
    }

    /** Switches the current UI and remembers the choice for later visits. */
    public static void switchTo(UI ui, Locale locale) {
        ui.setLocale(locale);
        ui.getSession().setLocale(locale);
        ui.getPage().executeJs("document.documentElement.lang = $0", locale.toLanguageTag());
        VaadinResponse response = VaadinResponse.getCurrent();
        if (response != null) {
            Cookie cookie = new Cookie(COOKIE, locale.toLanguageTag());
            cookie.setPath("/");
            cookie.setMaxAge(60 * 60 * 24 * 365);
            cookie.setHttpOnly(true);
            response.addCookie(cookie);
        }
    }

    static Locale fromRequest(VaadinRequest request) {
        return fromCookies(request == null ? null : request.getCookies());
    }

    /** The remembered language among a request's cookies; Chinese without one. */
    public static Locale fromCookies(Cookie[] cookies) {
        if (cookies == null) {
            return TranslationProvider.CHINESE;
        }
        return Arrays.stream(cookies)
                .filter(c -> COOKIE.equals(c.getName()))
                .map(c -> Locale.forLanguageTag(c.getValue()))
                .filter(l -> l.getLanguage().equals(TranslationProvider.ENGLISH.getLanguage()))
                .findFirst()
                .orElse(TranslationProvider.CHINESE);
    }
}
