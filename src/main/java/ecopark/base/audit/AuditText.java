package ecopark.base.audit;

import ecopark.base.i18n.TranslationProvider;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * An audit line as a reader sees it, in their language: every screen and the export show the trail through this
 * class, so an action, the system's name or a detail reads the same everywhere.
 */
public final class AuditText {

    /** Codes that lines written before V49 kept in their free text, with the words that replace them. */
    private static final Map<String, String> LEGACY_CODES = Map.of(
            "PRELIMINARY", "review.stage.PRELIMINARY", "FINAL", "review.stage.FINAL");
    private static final Pattern LEGACY_TOKEN = Pattern.compile("\\b(PRELIMINARY|FINAL)\\b|\\br(\\d+)\\b");

    private AuditText() {
    }

    public static String action(AuditEntry entry, Locale locale) {
        String key = "audit.action." + entry.getAction();
        return TranslationProvider.dictionary(locale).containsKey(key) ? TranslationProvider.translate(locale, key)
                : entry.getAction();
    }

    public static String actor(AuditEntry entry, Locale locale) {
        return entry.bySystem() ? TranslationProvider.translate(locale, "audit.actor.system") : entry.getActorName();
    }

    /** The kind of object, e.g. 报告 / Report. */
    public static String subjectKind(AuditEntry entry, Locale locale) {
        return AuditSubject.of(entry.getSubjectType())
                .map(s -> TranslationProvider.translate(locale, s.labelKey()))
                .orElse(entry.getSubjectType());
    }

    /** The page of the line's object, where it has one. */
    public static Optional<String> route(AuditEntry entry) {
        return AuditSubject.of(entry.getSubjectType()).flatMap(s -> s.route(entry.getSubjectId()));
    }

    /** The object's number, or nothing for an object that has none (an unknown username at sign-in). */
    public static String subjectId(AuditEntry entry) {
        return entry.getSubjectId() == null || entry.getSubjectId() <= 0 ? "" : String.valueOf(entry.getSubjectId());
    }

    public static String detail(AuditEntry entry, Locale locale) {
        if (entry.hasDetailArguments()) {
            Object[] args = entry.detailArguments();
            String key = "audit.detail." + entry.getAction();
            if (TranslationProvider.dictionary(locale).containsKey(key)) {
                return TranslationProvider.translate(locale, key, args).strip();
            }
            return Arrays.stream(args).map(a -> a instanceof AuditDetail.Key k ? k.in(locale) : String.valueOf(a))
                    .filter(s -> !s.isBlank()).collect(Collectors.joining(" · "));
        }
        return entry.getDetail() == null ? "" : legacy(entry.getDetail(), locale);
    }

    /** Free text of an older line with its internal codes (FINAL, r1) in words. */
    static String legacy(String detail, Locale locale) {
        Matcher m = LEGACY_TOKEN.matcher(detail);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String words = m.group(1) != null ? TranslationProvider.translate(locale, LEGACY_CODES.get(m.group(1)))
                    : TranslationProvider.translate(locale, "audit.revision", Long.parseLong(m.group(2)));
            m.appendReplacement(out, Matcher.quoteReplacement(words));
        }
        m.appendTail(out);
        return out.toString();
    }
}
