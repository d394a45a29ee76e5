package ecopark.evaluation.service;

import ecopark.base.i18n.TranslationProvider;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The words for a verdict's facts, the same on every screen and document that shows a verdict: the requirement
 * column (the threshold that actually applied when it is not the standard's single value, so a row never reads
 * "≤0.5 | 0.412 | 未达标" while 0.3 applied), the threshold with why it applied, and the lines of every fact.
 */
public final class VerdictFactsText {

    private VerdictFactsText() {
    }

    /**
     * The requirement column: the standard's requirement, or the threshold that applied with its basis when that is
     * not the standard's (footnote a, the park's water region, the direction of value-added growth).
     */
    public static String requirement(LocalizedText standard, VerdictFacts facts, Locale locale) {
        String text = standard == null ? "" : standard.in(locale);
        if (facts == null || !facts.thresholdDiffersFromStandard()) {
            return text;
        }
        AppliedThreshold t = facts.threshold();
        String detail = t.basis() == ThresholdBasis.WATER_REGION ? region(t.detail(), locale) : text;
        return t(locale, "facts.requirement." + t.basis().name(), t.text(), detail);
    }

    /** The threshold that applied and why, e.g. "≤0.3（附注 a：汽车制造业产值占园区工业总产值的 76.5%…；理由：…）". */
    public static String threshold(AppliedThreshold t, LocalizedText standard, Locale locale) {
        if (t == null || t.value() == null || t.comparison() == Comparison.IS_YES) {
            return standard == null ? "" : standard.in(locale);
        }
        return switch (t.basis()) {
            case STANDARD -> t(locale, "facts.threshold.STANDARD", t.text());
            case VALUE_ADDED_GROWING, VALUE_ADDED_SHRINKING -> t(locale, "facts.threshold." + t.basis().name(),
                    t.text());
            case WATER_REGION -> t(locale, "facts.threshold.WATER_REGION", t.text(), region(t.detail(), locale));
            case INDUSTRY_OVERRIDE -> t.industryShare() == null
                    ? t(locale, "facts.threshold.INDUSTRY_OVERRIDE.noShare", t.text(), nullToEmpty(t.detail()),
                            nullToEmpty(t.reason()))
                    : t(locale, "facts.threshold.INDUSTRY_OVERRIDE", t.text(), nullToEmpty(t.detail()),
                            number(t.industryShare()), nullToEmpty(t.reason()));
        };
    }

    /** Every fact, one line each: the threshold that applied, the exact value, the formula, inputs, intermediates. */
    public static List<String> lines(VerdictFacts facts, LocalizedText standard, LocalizedText unit, Locale locale) {
        List<String> lines = new ArrayList<>();
        if (facts == null) {
            return lines;
        }
        lines.add(t(locale, "facts.line.threshold", threshold(facts.threshold(), standard, locale)));
        if (facts.value() != null) {
            lines.add(t(locale, "facts.line.value", withUnit(number(facts.value()), unit, locale),
                    withUnit(facts.shownValue() == null ? "" : facts.shownValue().toPlainString(), unit, locale)));
        }
        if (facts.formula() != null) {
            lines.add(t(locale, "facts.line.formula", facts.formula().in(locale)));
        }
        for (Input input : facts.inputs()) {
            lines.add(t(locale, "facts.line.input", input.year(), input.name() == null ? input.statistic()
                    : input.name().in(locale), withUnit(number(input.value()), input.unit(), locale)));
        }
        for (DerivedValue d : facts.derived()) {
            lines.add(t(locale, d.labelKey(), d.subject() == null ? "" : d.subject().in(locale),
                    String.valueOf(d.fromYear()), String.valueOf(d.toYear()), intermediate(d.value())));
        }
        if (facts.reasonKey() != null) {
            lines.add(t(locale, "facts.line.reason", t(locale, facts.reasonKey())));
        }
        for (MissingInput missing : facts.missing()) {
            lines.add(missing(missing, locale));
        }
        return lines;
    }

    /**
     * A value that was needed and not found: the statistic by its name in the reader's language and its year, or the
     * value to be entered on the sheet. A statistic frozen without its name (none is, but a catalogue may lack one)
     * falls back to its key rather than to nothing.
     */
    public static String missing(MissingInput missing, Locale locale) {
        if (missing.statistic() == null) {
            return t(locale, "facts.line.missingEntered", missing.year());
        }
        String name = missing.name() == null ? missing.statistic() : missing.name().in(locale);
        return t(locale, "facts.line.missing", missing.year(), name);
    }

    /** An exact number as written: no exponent, no trailing zeros. */
    public static String number(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    /** Growth rates and intensities between the inputs and the value, to four decimals as the evaluation panel has. */
    private static String intermediate(BigDecimal value) {
        return value == null ? "" : value.setScale(4, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    private static String withUnit(String number, LocalizedText unit, Locale locale) {
        String u = unit == null ? "" : unit.in(locale);
        return u == null || u.isBlank() || "—".equals(u) || "-".equals(u) ? number : number + " " + u;
    }

    private static String region(String region, Locale locale) {
        return region == null ? "" : t(locale, "park.waterRegion." + region);
    }

    private static String t(Locale locale, String key, Object... args) {
        return TranslationProvider.translate(locale, key, args);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
