package ecopark.base.domain;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The one way a typed number becomes a value, wherever it enters (editor fields, the statistics form, the Excel
 * import, the JSON API). Park staff type with Chinese input methods, so full-width digits, the full-width minus and
 * the full-width decimal point are read as their ASCII forms; everything else that is not plainly a number — thousands
 * separators, scientific notation, units, spaces inside the number — is refused with a reason, never guessed at or
 * silently dropped. Surrounding blanks are ignored; a blank text is "no value".
 */
public final class NumberInput {

    /** Digits in all: decimal(24,6) columns hold 18 before the point and 6 after; longer input is a typing mistake. */
    public static final int MAX_DIGITS = 30;

    private NumberInput() {
    }

    /**
     * The outcome of reading one text: blank, a value, or a refusal as a translation key whose single argument is the
     * text as typed.
     */
    public record Parsed(BigDecimal value, String errorKey) {

        public boolean isBlank() {
            return value == null && errorKey == null;
        }

        public boolean isValid() {
            return errorKey == null;
        }

        public Optional<BigDecimal> optionalValue() {
            return Optional.ofNullable(value);
        }
    }

    public static final String ERROR_GENERAL = "number.error.general";
    public static final String ERROR_SEPARATOR = "number.error.separator";
    public static final String ERROR_EXPONENT = "number.error.exponent";
    public static final String ERROR_UNIT = "number.error.unit";
    public static final String ERROR_SPACE = "number.error.space";
    public static final String ERROR_POINTS = "number.error.points";
    public static final String ERROR_FULL_STOP = "number.error.fullStop";
    public static final String ERROR_TOO_LONG = "number.error.tooLong";

    public static Parsed parse(String text) {
        if (text == null) {
            return new Parsed(null, null);
        }
        String trimmed = strip(text);
        if (trimmed.isEmpty()) {
            return new Parsed(null, null);
        }
        StringBuilder normal = new StringBuilder(trimmed.length());
        int digits = 0;
        int points = 0;
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            char ascii = ascii(c);
            if (ascii >= '0' && ascii <= '9') {
                digits++;
                normal.append(ascii);
            } else if (ascii == '.') {
                points++;
                normal.append('.');
            } else if (ascii == '-') {
                if (i != 0) {
                    return refused(ERROR_GENERAL);
                }
                normal.append('-');
            } else {
                return refused(refusal(trimmed, c));
            }
        }
        if (points > 1) {
            return refused(ERROR_POINTS);
        }
        if (digits > MAX_DIGITS) {
            return refused(ERROR_TOO_LONG);
        }
        String plain = normal.toString();
        // Digits on both sides of the point: "5." and ".5" are typing slips, not numbers to guess at.
        if (!plain.matches("-?[0-9]+(\\.[0-9]+)?")) {
            return refused(ERROR_GENERAL);
        }
        return new Parsed(new BigDecimal(plain), null);
    }

    /** Why a character has no place in a number, as specifically as it can be told. */
    private static String refusal(String text, char c) {
        if (c == ',' || c == '，' || c == '\'' || c == '’' || c == '_' || c == '、') {
            return ERROR_SEPARATOR;
        }
        if (c == '。') {
            return ERROR_FULL_STOP;
        }
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
            return ERROR_SPACE;
        }
        if ((c == 'e' || c == 'E') && text.matches("[-－−]?[0-9０-９]+([.．][0-9０-９]+)?[eE][-+]?[0-9]+")) {
            return ERROR_EXPONENT;
        }
        if (Character.isLetter(c) || c == '%' || c == '％' || c == '‰' || c == '¥' || c == '￥' || c == '$') {
            return ERROR_UNIT;
        }
        return ERROR_GENERAL;
    }

    private static Parsed refused(String key) {
        return new Parsed(null, key);
    }

    /** Full-width digits, minus and point as ASCII; the Unicode minus sign as '-'. */
    private static char ascii(char c) {
        if (c >= '０' && c <= '９') {
            return (char) ('0' + (c - '０'));
        }
        return switch (c) {
            case '－', '−' -> '-';
            case '．' -> '.';
            default -> c;
        };
    }

    /** Blanks around the number, the ideographic space (U+3000) included. */
    private static String strip(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isBlank(text.charAt(start))) {
            start++;
        }
        while (end > start && isBlank(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || c == '\u3000' || c == '\u00a0';
    }
}
