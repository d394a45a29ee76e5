package ecopark.evaluation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/**
 * The plausible values of a statistic or an entered indicator, as catalogue data ({@code value_min},
 * {@code value_max}, {@code whole_number}): a share is 0–100 %, a count whole and non-negative, a magnitude bounded
 * well below what the columns store. A missing bound leaves only the storage limit on that side. Statistics and
 * indicators keep it as the same embedded columns.
 */
@Embeddable
public record ValueRange(
        @Column(name = "value_min", precision = 24, scale = 6) BigDecimal min,
        @Column(name = "value_max", precision = 24, scale = 6) BigDecimal max,
        @Column(name = "whole_number", nullable = false) boolean wholeNumber) {

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
