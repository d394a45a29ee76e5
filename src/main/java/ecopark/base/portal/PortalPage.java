package ecopark.base.portal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the portal's layout needs to know about the page being rendered: its language for {@code <html lang>}, the
 * reading modes as {@code <html>} classes, and the links of the language switch and the reading-mode toolbar (the
 * same address with {@code ?lang=} or {@code ?view=} changed, so they work without JavaScript).
 */
public final class PortalPage {

    private final HttpServletRequest request;
    private final PortalPreferences preferences;

    PortalPage(HttpServletRequest request) {
        this.request = request;
        this.preferences = PortalPreferences.of(request);
    }

    /** The language tag of {@code <html lang>}: zh-CN or en. */
    public String lang() {
        return preferences.english() ? "en" : "zh-CN";
    }

    public boolean english() {
        return preferences.english();
    }

    /** The classes of {@code <html>} for the reader's reading modes. */
    public String htmlClasses() {
        return preferences.htmlClasses();
    }

    public List<String> modes() {
        return PortalPreferences.MODES;
    }

    public boolean active(String mode) {
        return preferences.has(mode);
    }

    /** This page in the other language. */
    public String otherLanguageUrl() {
        return with(PortalPreferences.LANG_PARAM, preferences.english() ? "zh" : "en");
    }

    /** This page with a reading mode switched on or off. */
    public String toggleUrl(String mode) {
        return with(PortalPreferences.VIEW_PARAM, preferences.toggled(mode));
    }

    /** This page with every reading mode off. */
    public String resetUrl() {
        return with(PortalPreferences.VIEW_PARAM, "none");
    }

    /** The address of this page relative to the server, with its query. */
    public String path() {
        return request.getRequestURI();
    }

    private String with(String parameter, String value) {
        String query = request.getQueryString();
        return UriComponentsBuilder.fromUriString(request.getRequestURI() + (query == null ? "" : "?" + query))
                .replaceQueryParam(parameter, value).build().toUriString();
    }
}
