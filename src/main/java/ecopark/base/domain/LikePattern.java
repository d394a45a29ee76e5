package ecopark.base.domain;

/**
 * User text inside a SQL LIKE pattern, matched literally: {@code %} and {@code _} typed in a search field find a
 * percent sign and an underscore, not everything. Queries name {@link #ESCAPE} as their escape character
 * ({@code like :pattern escape '!'}); not the backslash, which MariaDB also reads inside string literals.
 */
public final class LikePattern {

    public static final char ESCAPE = '!';

    private LikePattern() {
    }

    /** A pattern that matches values containing the text. */
    public static String contains(String text) {
        return "%" + escape(text) + "%";
    }

    /** The text with the escape character and LIKE's wildcards escaped. */
    public static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ESCAPE || c == '%' || c == '_') {
                escaped.append(ESCAPE);
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}
