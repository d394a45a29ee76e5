package ecopark.evaluation.domain;

import java.math.BigDecimal;

/**
 * The plausible values of a statistic or an entered indicator, as catalogue data ({@code value_min},
 * {@code value_max}, {@code whole_number}): a share is 0–100 %, a count whole and non-negative, a magnitude bounded
 * well below what the columns store. A missing bound leaves only the storage limit on that side.
 */
public record ValueRange(BigDecimal min, BigDecimal max, boolean wholeNumber) {

    /** decimal(24,6): six digits after the point … */
    public static final int MAX_SCALE = 6;
    /** … and eighteen before it, so every stored value is below 10¹⁸ in magnitude. */
    public static final BigDecimal STORAGE_LIMIT = BigDecimal.TEN.pow(18);

    /** Non-negative, whole for counts: the rule in-memory specs (tests, a catalogue without ranges) fall back to. */
    public static ValueRange nonNegative(boolean wholeNumber) {
        return new ValueRange(BigDecimal.ZERO, null, wholeNumber);
    }

    /** A bound as people read it: 100, not 100.000000. */
    public static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }
}
