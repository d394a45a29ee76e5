package ecopark.base.portal;

import ecopark.base.i18n.LanguagePreference;
import ecopark.base.i18n.TranslationProvider;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A reader's choices on the public portal, kept in cookies so that no server session is needed: the language (the
 * application's own {@code ecopark-lang} cookie, so staff and public pages agree) and the reading modes of the
 * 长者模式/无障碍 toolbar ({@code ecopark-view}). A link with {@code ?lang=en|zh} or {@code ?view=…} sets them, so both
 * work without JavaScript; nothing is set for a reader who chose nothing.
 */
public final class PortalPreferences {

    public static final String LANG_PARAM = "lang";
    public static final String VIEW_PARAM = "view";
    public static final String VIEW_COOKIE = "ecopark-view";
    /** The reading modes, in the order the toolbar offers them; each is a class on {@code <html>}. */
    public static final List<String> MODES = List.of("large", "contrast", "spacing");

    private static final String NONE = "none";
    private static final int ONE_YEAR = 60 * 60 * 24 * 365;
    private static final String ATTRIBUTE = PortalPreferences.class.getName();

    private final Locale locale;
    private final Set<String> modes;

    private PortalPreferences(Locale locale, Set<String> modes) {
        this.locale = locale;
        this.modes = Set.copyOf(modes);
    }

    /** The request's choices: a link's parameter first, then the cookie; Chinese and no mode without either. */
    public static PortalPreferences of(HttpServletRequest request) {
        Object known = request.getAttribute(ATTRIBUTE);
        if (known instanceof PortalPreferences preferences) {
            return preferences;
        }
        Locale locale = language(request.getParameter(LANG_PARAM));
        if (locale == null) {
            locale = LanguagePreference.fromCookies(request.getCookies());
        }
        Set<String> modes = modes(request.getParameter(VIEW_PARAM));
        if (modes == null) {
            modes = modes(cookie(request, VIEW_COOKIE));
        }
        PortalPreferences preferences = new PortalPreferences(locale, modes == null ? Set.of() : modes);
        request.setAttribute(ATTRIBUTE, preferences);
        return preferences;
    }

    /**
     * Remembers what a link asked for ({@code ?lang=}, {@code ?view=}) in the cookies, so the next page keeps it.
     * Only such a request sets a cookie: a reader who follows no such link gets none.
     */
    static void remember(HttpServletRequest request, HttpServletResponse response) {
        PortalPreferences preferences = of(request);
        if (language(request.getParameter(LANG_PARAM)) != null) {
            response.addCookie(cookie(LanguagePreference.COOKIE, preferences.locale.toLanguageTag(), true));
        }
        if (modes(request.getParameter(VIEW_PARAM)) != null) {
            // Readable by the toolbar's script, which switches modes without a page load and writes it back.
            response.addCookie(cookie(VIEW_COOKIE, preferences.modesValue(), false));
        }
    }

    public Locale locale() {
        return locale;
    }

    public boolean english() {
        return TranslationProvider.ENGLISH.getLanguage().equals(locale.getLanguage());
    }

    public boolean has(String mode) {
        return modes.contains(mode);
    }

    /** The modes as {@code <html>} classes ("mode-large mode-contrast"), in a fixed order. */
    public String htmlClasses() {
        return MODES.stream().filter(modes::contains).map(m -> "mode-" + m).collect(Collectors.joining(" "));
    }

    /** The value of {@code ?view=} with {@code mode} switched on or off; "none" for no mode. */
    public String toggled(String mode) {
        Set<String> next = new LinkedHashSet<>(modes);
        if (!next.remove(mode)) {
            next.add(mode);
        }
        return value(next);
    }

    /** The modes as the cookie holds them ("large-contrast"); "none" for no mode. */
    public String modesValue() {
        return value(modes);
    }

    private static String value(Set<String> modes) {
        String joined = MODES.stream().filter(modes::contains).collect(Collectors.joining("-"));
        return joined.isEmpty() ? NONE : joined;
    }

    private static Locale language(String value) {
        if (value == null) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "en" -> TranslationProvider.ENGLISH;
            case "zh", "zh-cn" -> TranslationProvider.CHINESE;
            default -> null;
        };
    }

    /** The modes named in a parameter or cookie; null if it names none of them (absent or unknown). */
    private static Set<String> modes(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (NONE.equals(value.strip())) {
            return Set.of();
        }
        Set<String> modes = Arrays.stream(value.split("[-,\\s]+")).filter(MODES::contains)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        return modes.isEmpty() ? null : modes;
    }

    private static String cookie(HttpServletRequest request, String name) {
        Cookie[] cookies = request.getCookies();
        return cookies == null ? null : Arrays.stream(cookies).filter(c -> name.equals(c.getName()))
                .map(Cookie::getValue).findFirst().orElse(null);
    }

    private static Cookie cookie(String name, String value, boolean httpOnly) {
        Cookie cookie = new Cookie(name, value);
        cookie.setPath("/");
        cookie.setMaxAge(ONE_YEAR);
        cookie.setHttpOnly(httpOnly);
        cookie.setAttribute("SameSite", "Lax");
        return cookie;
    }
}
