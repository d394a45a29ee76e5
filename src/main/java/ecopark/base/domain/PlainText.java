package ecopark.base.domain;

import java.util.Optional;

/**
 * What free text may contain. Invisible and direction-changing control characters (U+202E and its kin, zero-width
 * spaces and joiners, the byte-order mark, C0/C1 controls other than tab and line breaks) are refused: in Word they can
 * make a published text read reversed, in the PDF they turn into '?', and nobody sees them while typing. Services refuse
 * them with the character and its position; editors offer to remove them and say how many were removed.
 */
public final class PlainText {

    public static final String ERROR_CONTROL = "text.error.control";
    public static final String ERROR_TOO_LONG = "text.error.tooLong";

    private PlainText() {
    }

    /** A refusal of a text: translation key and its arguments. */
    public record Problem(String key, Object[] args) {

        public BusinessRuleException asException() {
            return new BusinessRuleException(key, args);
        }
    }

    public static boolean isForbidden(int codePoint) {
        if (codePoint == '\t' || codePoint == '\n' || codePoint == '\r') {
            return false;
        }
        return codePoint < 0x20
                || (codePoint >= 0x7f && codePoint <= 0x9f)
                || codePoint == 0x061c
                || (codePoint >= 0x200b && codePoint <= 0x200f)
                || (codePoint >= 0x202a && codePoint <= 0x202e)
                || (codePoint >= 0x2060 && codePoint <= 0x2069)
                || codePoint == 0xfeff;
    }

    /**
     * Why a text may not be stored: a forbidden character (named as U+XXXX with its 1-based position) or more than
     * {@code maxLength} characters (with the limit and the length); empty when it may be stored.
     */
    public static Optional<Problem> check(String text, int maxLength) {
        if (text == null) {
            return Optional.empty();
        }
        int position = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            position++;
            if (isForbidden(cp)) {
                return Optional.of(new Problem(ERROR_CONTROL, new Object[] {String.format("U+%04X", cp), position}));
            }
            i += Character.charCount(cp);
        }
        if (text.length() > maxLength) {
            return Optional.of(new Problem(ERROR_TOO_LONG, new Object[] {maxLength, text.length()}));
        }
        return Optional.empty();
    }

    /** Throws the refusal of {@link #check}, if any. */
    public static void require(String text, int maxLength) {
        check(text, maxLength).ifPresent(p -> {
            throw p.asException();
        });
    }

    /** The text without its forbidden characters. */
    public static String withoutForbidden(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(cp -> !isForbidden(cp)).forEach(out::appendCodePoint);
        return out.toString();
    }

    /** How many forbidden characters the text holds. */
    public static long forbiddenCount(String text) {
        return text == null ? 0 : text.codePoints().filter(PlainText::isForbidden).count();
    }
}
