package ecopark.evaluation.ui;

import ecopark.base.i18n.TranslationProvider;
import ecopark.evaluation.service.AppliedThreshold;
import ecopark.evaluation.service.Comparison;
import ecopark.evaluation.service.IndicatorOutcome;
import ecopark.evaluation.service.IndicatorSpec;
import ecopark.evaluation.service.LocalizedText;
import ecopark.evaluation.service.Reason;
import java.math.BigDecimal;
import java.util.Locale;

/** How evaluation values read in the user's language: thresholds, numbers, reasons with catalogue text arguments. */
final class EvaluationTexts {

    private EvaluationTexts() {
    }

    static String t(Locale locale, String key, Object... args) {
        return TranslationProvider.translate(locale, key, args);
    }

    static String number(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    /** A reason with its arguments; catalogue text arguments (group names) in the user's language. */
    static String reason(Locale locale, Reason reason) {
        Object[] args = reason.args().stream().map(a -> a instanceof LocalizedText text ? text.in(locale) : a).toArray();
        return t(locale, reason.key(), args);
    }

    static String reason(Locale locale, String key, Object[] args) {
        return reason(locale, new Reason(key, java.util.Arrays.asList(args)));
    }

    /** "≤ 0.6 (value added grows over the construction period)", "是", "≥ 20 (缺水城市)". */
    static String threshold(Locale locale, IndicatorOutcome outcome) {
        IndicatorSpec indicator = outcome.indicator();
        AppliedThreshold threshold = outcome.threshold();
        if (threshold == null) {
            return indicator.requirement().in(locale);
        }
        if (threshold.comparison() == Comparison.IS_YES) {
            return indicator.requirement().in(locale);
        }
        String base = threshold.comparison().symbol() + number(threshold.value());
        return switch (threshold.basis()) {
            case STANDARD -> base;
            case VALUE_ADDED_GROWING, VALUE_ADDED_SHRINKING -> base + " (" + t(locale, threshold.basis().labelKey()) + ")";
            case WATER_REGION -> base + " (" + t(locale, "park.waterRegion." + threshold.detail()) + ")";
            case INDUSTRY_OVERRIDE -> base + " (" + t(locale, threshold.basis().labelKey(), threshold.detail(),
                    threshold.reason()) + ")";
        };
    }

    /** The value as the table shows it: rounded to the indicator's precision, with its unit; or the state. */
    static String value(Locale locale, IndicatorOutcome outcome) {
        if (outcome.state() != null) {
            return t(locale, outcome.state() ? "evaluation.state.yes" : "evaluation.state.no");
        }
        if (outcome.value() == null) {
            return "—";
        }
        String unit = outcome.indicator().unit().in(locale);
        String shown = outcome.displayValue().toPlainString();
        return unit.isBlank() || "—".equals(unit) ? shown : shown + " " + unit;
    }
}
