package ecopark.search.service;

import ecopark.park.domain.ParkStatus;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a reader searches for: the words (each must be found, in any searched part of a form) and the filters, where
 * null or empty matches everything. {@code status} says whether current forms, superseded ones or both are searched;
 * {@code met} and {@code unmet} are indicator codes whose result must be 达标 or 未达标.
 */
public record FormQuery(String text, Integer year, String province, Long jurisdictionId, Long parkId,
        FormStatus status, ParkStatus parkStatus, List<String> met, List<String> unmet) {

    /** Longer queries are refused: nobody types them, and each word is one more clause. */
    public static final int MAX_LENGTH = 100;

    /** Spaces, punctuation and symbols, except the apostrophe inside a word (park's is one word to the index). */
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\p{Z}\\p{P}\\p{S}&&[^'\u2019]]+");

    public FormQuery {
        status = status == null ? FormStatus.CURRENT : status;
        met = met == null ? List.of() : met.stream().filter(c -> c != null && !c.isBlank()).map(String::strip).toList();
        unmet = unmet == null ? List.of() : unmet.stream().filter(c -> c != null && !c.isBlank()).map(String::strip)
                .toList();
        province = province == null || province.isBlank() ? null : province.strip();
    }

    public static FormQuery of(String text) {
        return new FormQuery(text, null, null, null, null, null, null, null, null);
    }

    /**
     * The words of the query: split at spaces (also the ideographic one) and punctuation. A Chinese run without spaces
     * stays one word and is found as the phrase its segmented words make, so 循环经济 finds 循环经济 inside a sentence.
     */
    public List<String> words() {
        if (text == null) {
            return List.of();
        }
        return SEPARATORS.splitAsStream(text.strip().toLowerCase(Locale.ROOT))
                .filter(w -> w.codePoints().anyMatch(Character::isLetterOrDigit)).toList();
    }

    /** Current forms (the default), the forms a published correction superseded, or both. */
    public enum FormStatus {
        CURRENT,
        SUPERSEDED,
        ALL
    }
}
